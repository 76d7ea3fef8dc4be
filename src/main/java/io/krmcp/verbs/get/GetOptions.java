package io.krmcp.verbs.get;

import java.util.List;
import java.util.Optional;

import io.krmcp.kube.KubeApi;
import io.krmcp.kube.Projection;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.Sorting;
import io.krmcp.verbs.resource.Selection;

/**
 * A validated {@code kubectl get}.
 *
 * @param selection what to fetch, in the order given
 * @param output the chosen printer
 */
public record GetOptions(Selection selection, OutputFormat output, Optional<String> namespace, boolean showLabels,
                         List<String> labelColumns, boolean noHeaders, boolean showKind, int chunkSize,
                         boolean ignoreNotFound, Optional<Sorting> sortBy, boolean showManagedFields) {

    public boolean human() {
        return output.human();
    }

    public boolean allNamespaces() {
        return selection.allNamespaces();
    }

    /**
     * How much of each object to read: all of it when the printer may show managedFields or the sort key read them.
     */
    public KubeApi.Answer answer() {
        return KubeApi.Answer.wholeIf(output.mayShowManagedFields(showManagedFields)
                || sortBy.filter(sorting -> sorting.mayRead("managedFields")).isPresent());
    }

    /**
     * How much of each listed object to read: of a list printed as names, a template or custom columns, only the
     * fields they read (a template over 2,000 pods then holds 2,000 names, not 2,000 pods); sorting reads whole
     * objects.
     */
    public KubeApi.Answer listAnswer() {
        KubeApi.Answer answer = answer();
        if (answer.managedFields() || sortBy.isPresent()) {
            return answer;
        }
        Projection fields = output.itemFields();
        return fields.isAll() ? answer : KubeApi.Answer.itemsWith(fields);
    }
}
