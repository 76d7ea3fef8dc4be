package io.krmcp.verbs.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.ResourceArgs;
import io.krmcp.verbs.resource.Selection;
import io.krmcp.verbs.resource.Target;

/**
 * The nodes a node verb ({@code cordon}, {@code uncordon}, {@code drain}) acts on, as a selection the resource
 * visitor walks: the names (each read; a missing one is reported in kubectl's words and the others still served)
 * or, with no names, what the selector lists.
 */
public final class NodeTargets {

    private NodeTargets() {
    }

    /** Node names as kubectl takes them: {@code n1 n2}, {@code node n1}, {@code nodes n1}, {@code node/n1}. */
    public static Selection selection(List<String> positionals, Optional<String> labelSelector)
            throws VerbException {
        List<String> names = new ArrayList<>(positionals);
        if (!names.isEmpty() && (names.get(0).equals("node") || names.get(0).equals("nodes"))) {
            names.remove(0);
        }
        names.replaceAll(n -> n.startsWith("node/") ? n.substring(5) : n);
        List<String> args = new ArrayList<>(List.of("nodes"));
        args.addAll(names);
        List<Target> targets = ResourceArgs.parse(args);
        return new Selection(targets, labelSelector, Optional.empty(), false, false);
    }
}
