package io.krmcp.verbs.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl run}'s flags: only those that describe a hardened pod. Flags that would widen it ({@code --overrides},
 * {@code --privileged}, {@code --serviceaccount}, ...) are not accepted at all.
 */
public final class RunFlags {

    static final FlagSpec IMAGE = FlagSpec.string("image", "the image to run; must be in KUBECTL_ALLOWED_IMAGES");
    static final FlagSpec RESTART = FlagSpec.string("restart", "Never, OnFailure or Always (kubectl's default)")
            .defaultValue("Always");
    static final FlagSpec COMMAND = FlagSpec.bool("command", "the words after -- are the command, not its arguments");
    static final FlagSpec ENV = FlagSpec.list("env", "environment variable KEY=VALUE (repeatable)").sensitive();
    static final FlagSpec LABELS = FlagSpec.string("labels", "labels k=v,k2=v2").shorthand('l');
    static final FlagSpec PORT = FlagSpec.integer("port", "-1", "the port the container exposes");
    static final FlagSpec RM = FlagSpec.bool("rm", "wait for the pod to finish, print its logs, then delete it");
    static final FlagSpec ATTACH = FlagSpec.bool("attach", "wait for the pod to finish and print its logs");
    static final FlagSpec STDIN = FlagSpec.bool("stdin", "accepted as --attach: no input is ever sent to the pod")
            .shorthand('i');

    public static final VerbSpec SPEC = VerbSpec.writing("run", "run a hardened pod from an allowed image", IMAGE,
            RESTART, COMMAND, ENV, LABELS, PORT, RM, ATTACH, STDIN, DryRun.FLAG).takingCommand();

    private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");

    private RunFlags() {
    }

    static RunOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        List<String> args = cmd.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage("error: NAME is required for run");
        }
        String name = args.get(0);
        if (!KubeNames.isNamespace(name)) {
            throw VerbException.usage("error: invalid pod name \"" + name + "\": must be " + KubeNames.namespaceRule());
        }
        String image = cmd.string(IMAGE.name()).orElse("");
        if (image.isEmpty()) {
            throw VerbException.usage("error: --image is required");
        }
        String restart = cmd.string(RESTART.name()).orElse("Always");
        if (!RESTART_POLICIES.contains(restart)) {
            throw VerbException.usage("error: invalid restart policy: " + restart);
        }
        boolean rm = cmd.bool(RM.name());
        boolean attach = rm || cmd.bool(ATTACH.name()) || cmd.bool(STDIN.name());
        if (attach && restart.equals("Always")) {
            throw VerbException.usage("error: --rm and --attach need a pod that finishes: add --restart=Never (or "
                    + "OnFailure)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String pair : cmd.list(ENV.name())) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw VerbException.usage("error: invalid env: " + pair + " (use KEY=VALUE)");
            }
            env.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : cmd.string(LABELS.name()).filter(s -> !s.isEmpty()).map(s -> s.split(",")).orElse(
                new String[0])) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isEmpty()) {
                throw VerbException.usage("error: invalid label spec: " + pair);
            }
            labels.put(kv[0], kv[1]);
        }
        Optional<String> namespace = CommonFlags.namespace(cmd);
        // As kubectl: every argument after NAME, before or after "--", is the container's command or arguments.
        List<String> command = new ArrayList<>(args.subList(1, args.size()));
        command.addAll(cmd.afterDash());
        return new RunOptions(name, image, command, cmd.bool(COMMAND.name()), env, labels,
                cmd.integer(PORT.name()).orElse(-1), restart, rm, attach, namespace,
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }
}
