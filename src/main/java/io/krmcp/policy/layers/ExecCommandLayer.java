package io.krmcp.policy.layers;

import java.util.List;

import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_ALLOWED_EXEC_COMMANDS} for {@code exec}: the container command's first word must equal an entry
 * ({@code ps} admits {@code ps aux}, never {@code /bin/ps} or {@code psql}). Empty refuses exec altogether, since a
 * command inside a container is outside everything else this server checks. Allowing a shell allows anything.
 */
public final class ExecCommandLayer implements PolicyLayer {

    static final String EXEC = "exec";

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
        if (!allowed.contains(command)) {
            return Decision.deny(Denial.of(name(), "exec-command-not-allowed", "command '" + command
                    + "' is not allowed in exec (allowed: " + String.join(", ", allowed) + ")"));
        }
        return chain.proceed(chain.request());
    }
}
