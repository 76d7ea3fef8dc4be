package io.krmcp.verbs.scale;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.get.GetFlags;
import io.krmcp.verbs.get.GetOptions;

/** {@code kubectl scale}'s flags and their validation into {@link ScaleOptions}, with kubectl's messages. */
public final class ScaleFlags {

    static final FlagSpec REPLICAS = FlagSpec.integer("replicas", "-1", "the new number of replicas (required)");
    static final FlagSpec CURRENT_REPLICAS = FlagSpec.integer("current-replicas", "-1",
            "precondition: scale only if the current replicas are this many");
    static final FlagSpec RESOURCE_VERSION = FlagSpec.string("resource-version",
            "precondition: scale only if the object's resourceVersion is this");
    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector, e.g. app=web").shorthand('l');
    static final FlagSpec ALL = FlagSpec.bool("all", "scale every object of the types in the namespace");
    static final FlagSpec OUTPUT = FlagSpec.string("output", "name: print only TYPE/NAME").shorthand('o');

    public static final VerbSpec SPEC = VerbSpec.writing("scale",
            "set the replicas of deployments, replicasets, statefulsets, replicationcontrollers or custom resources "
                    + "with a scale subresource", REPLICAS, CURRENT_REPLICAS, RESOURCE_VERSION, SELECTOR, ALL, OUTPUT,
            DryRun.FLAG);

    private ScaleFlags() {
    }

    static ScaleOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        int replicas = cmd.integer(REPLICAS.name()).orElse(-1);
        if (replicas < 0) {
            throw VerbException.usage("error: The --replicas=COUNT flag is required, and COUNT must be greater than "
                    + "or equal to 0");
        }
        int current = cmd.integer(CURRENT_REPLICAS.name()).orElse(-1);
        if (current < -1) {
            throw VerbException.usage("error: The --current-replicas must specify an integer of -1 or greater");
        }
        List<String> args = cmd.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage(GetFlags.NO_RESOURCES);
        }
        String output = cmd.string(OUTPUT.name()).orElse("");
        if (!output.isEmpty() && !output.equals("name")) {
            throw VerbException.usage("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: name");
        }
        List<GetOptions.Target> targets = GetFlags.targets(args);
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        boolean named = targets.stream().anyMatch(t -> !t.names().isEmpty());
        boolean all = cmd.bool(ALL.name());
        if (named && selector.isPresent()) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (!named && !all && selector.isEmpty()) {
            throw VerbException.usage("error: resource(s) were provided, but no name was specified");
        }
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\"");
        }
        return new ScaleOptions(targets, selector, all, namespace, replicas, current,
                cmd.string(RESOURCE_VERSION.name()).filter(s -> !s.isEmpty()), output.equals("name"),
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }
}
