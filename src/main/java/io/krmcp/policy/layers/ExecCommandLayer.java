package io.krmcp.policy.layers;

import java.util.List;
import java.util.Set;

import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_ALLOWED_EXEC_COMMANDS} for {@code exec}: the container command's first word must equal an entry
 * ({@code ps} admits {@code ps aux}, never {@code /bin/ps} or {@code psql}). Empty refuses exec altogether, since a
 * command inside a container is outside everything else this server checks.
 *
 * <p>A first word is harmless only if it runs nothing else. Commands that execute their arguments (shells,
 * interpreters, {@code env}, {@code nice}, {@code timeout}, {@code xargs}, {@code busybox}, ...: {@link #RUNNERS}) are
 * refused as the first word even when listed, because {@code env sh -c id} would make every listed wrapper a shell;
 * and {@code find} may not carry its own executing actions ({@code -exec}, {@code -ok}, ...).
 */
public final class ExecCommandLayer implements PolicyLayer {

    static final String EXEC = "exec";

    /** Commands that run another command or a program given as an argument. */
    public static final Set<String> RUNNERS = Set.of(
            "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "busybox", "toybox",
            "env", "nice", "nohup", "timeout", "xargs", "watch", "time", "stdbuf", "ionice", "chrt", "taskset",
            "setsid", "setpriv", "unshare", "nsenter", "chroot", "su", "sudo", "doas", "runuser", "flock", "script",
            "strace", "ltrace", "gdb", "exec", "eval", "command", "builtin", "parallel",
            "awk", "gawk", "mawk", "nawk", "sed", "perl", "python", "python2", "python3", "ruby", "node", "nodejs",
            "php", "lua", "tclsh", "wish", "expect", "vi", "vim", "less", "more", "man", "git");
    private static final Set<String> FIND_ACTIONS = Set.of("-exec", "-execdir", "-ok", "-okdir", "-delete",
            "-fprint", "-fprint0", "-fprintf", "-fls");

    private final List<String> allowed;

    public ExecCommandLayer(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public String name() {
        return "exec-commands";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        ParsedCommand cmd = chain.request().parsed().orElseThrow();
        if (!cmd.verb().equals(EXEC)) {
            return chain.proceed(chain.request());
        }
        if (allowed.isEmpty()) {
            return Decision.deny(Denial.of(name(), "exec-disabled", "exec is disabled: KUBECTL_ALLOWED_EXEC_COMMANDS "
                    + "is empty (set it to the commands an agent may run in a container, e.g. ps,df,ls)"));
        }
        if (cmd.afterDash().isEmpty()) {
            return chain.proceed(chain.request()); // the verb says how to write the command
        }
        String command = cmd.afterDash().get(0);
        String base = command.substring(command.lastIndexOf('/') + 1);
        if (RUNNERS.contains(base)) {
            return Decision.deny(Denial.of(name(), "exec-command-runs-commands", "command '" + command + "' runs "
                    + "other commands or programs given as arguments, so it is never accepted in exec, even when "
                    + "listed (allowed: " + String.join(", ", allowed) + "; call the command itself instead)"));
        }
        if (!allowed.contains(command)) {
            return Decision.deny(Denial.of(name(), "exec-command-not-allowed", "command '" + command
                    + "' is not allowed in exec (allowed: " + String.join(", ", allowed) + ")"));
        }
        if (base.equals("find")) {
            for (String arg : cmd.afterDash()) {
                if (FIND_ACTIONS.contains(arg)) {
                    return Decision.deny(Denial.of(name(), "exec-command-runs-commands", "find's action " + arg
                            + " runs or writes something; only find's tests and -print are accepted in exec"));
                }
            }
        }
        return chain.proceed(chain.request());
    }
}
