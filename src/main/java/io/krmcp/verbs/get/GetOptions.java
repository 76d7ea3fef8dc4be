package io.krmcp.verbs.get;

import java.util.List;
import java.util.Optional;

import io.krmcp.output.JsonPath;

/**
 * A validated {@code kubectl get}.
 *
 * @param targets what to fetch, in the order given
 * @param output the chosen printer
 */
public record GetOptions(List<Target> targets, OutputFormat output, Optional<String> selector,
                         Optional<String> fieldSelector, boolean allNamespaces, Optional<String> namespace,
                         boolean showLabels, List<String> labelColumns, boolean noHeaders, boolean showKind,
                         int chunkSize, boolean ignoreNotFound, Optional<JsonPath> sortBy,
                         boolean showManagedFields) {

    /** One type token as typed, with the names asked for (none: list). */
    public record Target(String type, List<String> names) {
        public Target {
            names = List.copyOf(names);
        }
    }

    public boolean human() {
        return output.human();
    }
}
