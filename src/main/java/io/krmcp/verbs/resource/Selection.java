package io.krmcp.verbs.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.krmcp.command.ParsedCommand;
import io.krmcp.verbs.VerbException;

/**
 * What a command selects: the targets its arguments name, and for the types named without names, the label or field
 * selector, {@code --all} and {@code -A}. Built once, with the resource builder's rules and messages, by every verb
 * that acts on resources.
 */
public record Selection(List<Target> targets, Optional<String> labelSelector, Optional<String> fieldSelector,
                        boolean all, boolean allNamespaces) {

    /** What a verb needs besides the types: {@code get} lists a bare type, a write verb needs names or a selection. */
    public enum Need {
        /** a bare type lists every object ({@code get}, {@code describe}) */
        TYPES,
        /** names, a selector or {@code --all} ({@code delete}, {@code scale}, {@code label}, ...) */
        NAMES_OR_SELECTOR,
        /** names only ({@code patch}) */
        NAMES
    }

    public Selection {
        targets = List.copyOf(targets);
    }

    /** Reads the selection flags the verb declares ({@link CommonFlags}); {@code args} are the resource arguments. */
    public static Selection of(ParsedCommand cmd, List<String> args, Need need) throws VerbException {
        List<Target> targets = ResourceArgs.parse(args);
        Optional<String> labels = CommonFlags.selector(cmd);
        Optional<String> fields = cmd.string(CommonFlags.FIELD_SELECTOR.name()).filter(s -> !s.isEmpty());
        boolean all = cmd.bool(CommonFlags.ALL.name());
        boolean allNamespaces = cmd.bool(CommonFlags.ALL_NAMESPACES.name());
        Selection selection = new Selection(targets, labels, fields, all, allNamespaces);
        selection.check(need);
        return selection;
    }

    private void check(Need need) throws VerbException {
        boolean selector = labelSelector.isPresent() || fieldSelector.isPresent();
        if (all && labelSelector.isPresent()) {
            throw VerbException.usage("error: cannot set --all and --selector at the same time");
        }
        if (all && fieldSelector.isPresent()) {
            throw VerbException.usage("error: cannot set --all and --field-selector at the same time");
        }
        if (named() && selector) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (named() && all) {
            throw VerbException.usage("error: setting 'all' parameter but found a non empty selector.");
        }
        if (named() && allNamespaces) {
            throw VerbException.usage(ResourceArgs.NAME_ACROSS_NAMESPACES);
        }
        boolean unnamed = need == Need.NAMES ? targets.stream().anyMatch(t -> t.names().isEmpty())
                : need == Need.NAMES_OR_SELECTOR && !named() && !all && !selector;
        if (unnamed) {
            throw VerbException.usage("error: resource(s) were provided, but no name was specified");
        }
    }

    /** Whether any target names objects (the grammar makes it all or none). */
    public boolean named() {
        return targets.stream().anyMatch(t -> !t.names().isEmpty());
    }

    /** Exactly one object named: kubectl prints it alone rather than in a List. */
    public boolean singleObject() {
        return targets.size() == 1 && targets.get(0).names().size() == 1;
    }

    /** The query a list sends for this selection. */
    public Map<String, String> listQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        labelSelector.ifPresent(s -> query.put("labelSelector", s));
        fieldSelector.ifPresent(s -> query.put("fieldSelector", s));
        return query;
    }
}
