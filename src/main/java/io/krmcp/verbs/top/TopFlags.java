package io.krmcp.verbs.top;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;

/** {@code kubectl top pod|node}'s flags and their validation into {@link TopOptions}, with kubectl's messages. */
final class TopFlags {

    static final FlagSpec SORT_BY = FlagSpec.string("sort-by", "cpu or memory (largest first)");
    static final FlagSpec CONTAINERS = FlagSpec.bool("containers", "pods only: one line per container");
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec SUM = FlagSpec.bool("sum", "pods only: add a total line");
    static final FlagSpec SHOW_CAPACITY = FlagSpec.bool("show-capacity", "nodes only: percentages of capacity "
            + "rather than allocatable");
    static final FlagSpec PROTOBUF = FlagSpec.bool("use-protocol-buffers", "accepted for compatibility (the "
            + "output is the same; JSON is used)").defaultValue("true");
    static final VerbSpec SPEC = VerbSpec.reading("top", "CPU and memory use of pods or nodes (metrics API)",
            CommonFlags.SELECTOR, CommonFlags.FIELD_SELECTOR, SORT_BY, CONTAINERS, CommonFlags.ALL_NAMESPACES,
            NO_HEADERS, SUM, SHOW_CAPACITY, PROTOBUF);

    private static final Set<String> PODS = Set.of("pod", "pods", "po");
    private static final Set<String> NODES = Set.of("node", "nodes", "no");
    private static final List<FlagSpec> POD_ONLY = List.of(CommonFlags.FIELD_SELECTOR, CONTAINERS,
            CommonFlags.ALL_NAMESPACES, SUM);

    private TopFlags() {
    }

    static TopOptions toOptions(ParsedCommand command) throws VerbException {
        List<String> args = command.positionals();
        if (args.isEmpty() || !(PODS.contains(args.get(0)) || NODES.contains(args.get(0)))) {
            throw VerbException.usage("error: top needs pod or node: top pod [NAME | -l label], top node [NAME | -l "
                    + "label]");
        }
        boolean pods = PODS.contains(args.get(0));
        if (args.size() > 2) {
            throw VerbException.usage("error: top " + args.get(0) + " takes one NAME at most");
        }
        Optional<String> name = args.size() == 2 ? Optional.of(args.get(1)) : Optional.empty();
        String sortBy = command.string(SORT_BY.name()).orElse("");
        if (!sortBy.isEmpty() && !sortBy.equals("cpu") && !sortBy.equals("memory")) {
            throw VerbException.usage("error: --sort-by accepts only cpu or memory");
        }
        Optional<String> selector = CommonFlags.selector(command);
        Optional<String> fieldSelector = command.string(CommonFlags.FIELD_SELECTOR.name()).filter(s -> !s.isEmpty());
        if (pods && name.isPresent() && (selector.isPresent() || fieldSelector.isPresent())) {
            throw VerbException.usage("error: only one of NAME or selector can be provided");
        }
        if (!pods) {
            for (FlagSpec flag : POD_ONLY) {
                if (command.has(flag.name())) {
                    throw VerbException.usage("error: unknown flag: --" + flag.name()
                            + " (top node does not take it)");
                }
            }
            if (name.isPresent() && selector.isPresent()) {
                throw VerbException.usage("error: only one of NAME or --selector can be provided");
            }
        }
        return new TopOptions(pods, name, selector, fieldSelector, sortBy, command.bool(CONTAINERS.name()),
                command.bool(CommonFlags.ALL_NAMESPACES.name()), command.bool(NO_HEADERS.name()),
                command.bool(SUM.name()), command.bool(SHOW_CAPACITY.name()), CommonFlags.namespace(command));
    }
}
