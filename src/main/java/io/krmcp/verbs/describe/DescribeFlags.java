package io.krmcp.verbs.describe;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.get.GetFlags;
import io.krmcp.verbs.get.GetOptions;

/** {@code kubectl describe}'s flags and their validation into {@link DescribeOptions}. */
public final class DescribeFlags {

    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector").shorthand('l');
    static final FlagSpec ALL_NAMESPACES = FlagSpec.bool("all-namespaces", "describe across all namespaces")
            .shorthand('A');
    static final FlagSpec SHOW_EVENTS = FlagSpec.bool("show-events", "list the events about each object")
            .defaultValue("true");
    static final FlagSpec CHUNK_SIZE = FlagSpec.integer("chunk-size", "500", "objects fetched per page");

    public static final VerbSpec SPEC = VerbSpec.reading("describe", "show details of resources", SELECTOR,
            ALL_NAMESPACES, SHOW_EVENTS, CHUNK_SIZE);

    private DescribeFlags() {
    }

    public static DescribeOptions toOptions(ParsedCommand cmd) throws VerbException {
        if (cmd.positionals().isEmpty()) {
            throw VerbException.usage("You must specify the type of resource to describe. Use \"kubectl "
                    + "api-resources\" for a complete list of supported resources.\n\nerror: Required resource not "
                    + "specified.");
        }
        List<GetOptions.Target> targets = GetFlags.targets(cmd.positionals());
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        if (selector.isPresent() && targets.stream().anyMatch(t -> !t.names().isEmpty())) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (cmd.bool(ALL_NAMESPACES.name()) && targets.stream().anyMatch(t -> !t.names().isEmpty())) {
            throw VerbException.usage(GetFlags.NAME_ACROSS_NAMESPACES);
        }
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\"");
        }
        return new DescribeOptions(targets, selector, cmd.bool(ALL_NAMESPACES.name()), namespace,
                cmd.bool(SHOW_EVENTS.name()), cmd.integer(CHUNK_SIZE.name()).orElse(500));
    }
}
