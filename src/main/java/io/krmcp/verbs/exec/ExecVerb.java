package io.krmcp.verbs.exec;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.PodExec;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.Wait;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.workload.PodContainers;
import io.krmcp.verbs.workload.PodForObject;

/**
 * {@code kubectl exec POD|TYPE/NAME [-c CONTAINER] -- COMMAND [ARGS...]}: one command, no stdin and no terminal, its output
 * captured within the call's deadline and its exit code returned as kubectl's. Which commands may run is the policy's
 * ({@code KUBECTL_ALLOWED_EXEC_COMMANDS}); this verb only runs what got through.
 */
public final class ExecVerb extends Verb<ExecVerb.Options> {

    static final FlagSpec CONTAINER = FlagSpec.string("container", "container name; default: the pod's default "
            + "container").shorthand('c');
    static final FlagSpec STDIN = FlagSpec.bool("stdin", "not available: exec runs one command and returns")
            .shorthand('i');
    static final FlagSpec TTY = FlagSpec.bool("tty", "not available: no terminal is attached").shorthand('t');
    static final FlagSpec QUIET = FlagSpec.bool("quiet", "no note about the defaulted container").shorthand('q');
    public static final VerbSpec SPEC = VerbSpec.writing("exec", "run an allowed command in a container: exec "
            + "POD|TYPE/NAME [-c CONTAINER] -- COMMAND [ARGS...]", CONTAINER, STDIN, TTY, QUIET).takingCommand();

    /** A validated {@code kubectl exec}: the pod or workload, the container if named, and the command. */
    record Options(String target, Optional<String> container, boolean quiet, List<String> command,
                   Optional<String> namespace) {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        if (command.bool(STDIN.name()) || command.bool(TTY.name())) {
            throw VerbException.usage("error: -i/--stdin and -t/--tty are not available: exec runs one command "
                    + "without a terminal and returns its output");
        }
        List<String> args = command.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage("error: pod, type/name or --filename must be specified");
        }
        if (args.size() > 1) {
            throw VerbException.usage("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- "
                    + "[COMMAND] instead");
        }
        if (command.afterDash().isEmpty()) {
            throw VerbException.usage("error: you must specify at least one command for the container");
        }
        return new Options(args.get(0), command.string(CONTAINER.name()).filter(s -> !s.isEmpty()),
                command.bool(QUIET.name()), command.afterDash(), CommonFlags.namespace(command));
    }

    public ExecVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        JsonNode pod = PodForObject.forTarget(ctx, options.target(), namespace, PodForObject.Preference.FOR_EXEC).pod();
        String target = KubeObject.name(pod);
        String phase = Fields.text(pod, "status", "phase");
        if (phase.equals("Succeeded") || phase.equals("Failed")) {
            throw new VerbException("error: cannot exec into a container in a completed pod; current phase is "
                    + phase);
        }
        StringBuilder err = new StringBuilder();
        String container = PodContainers.choose(pod, options.container(), options.quiet() ? new StringBuilder()
                : err);
        PodExec.Result result = ctx.api().exec(namespace, target, container, options.command(),
                ctx.maxOutputBytes(), ctx.deadline());
        err.append(result.stderr());
        if (result.dropped() > 0) {
            err.append("(").append(result.dropped()).append(" more bytes of output were dropped: "
                    + "KUBECTL_MAX_OUTPUT_BYTES)\n");
        }
        if (result.timedOut()) {
            err.append("error: ").append(Wait.timedOut(ctx.deadline()))
                    .append("; the command may still be running in the container\n");
            return new VerbResult(result.stdout(), err.toString(), 1);
        }
        if (result.exitCode() != 0) {
            err.append("command terminated with exit code ").append(result.exitCode()).append('\n');
        }
        return new VerbResult(result.stdout(), err.toString(), result.exitCode());
    }
}
