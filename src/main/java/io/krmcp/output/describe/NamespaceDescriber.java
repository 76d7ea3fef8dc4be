package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeNamespace}: status, conditions, then its resource quotas and limit ranges. */
public final class NamespaceDescriber implements Describer {

    private static final String QUOTAS = "resourcequotas";
    private static final String LIMIT_RANGES = "limitranges";

    @Override
    public List<RelatedQuery> related(JsonNode ns) {
        String name = KubeObject.name(ns);
        return List.of(RelatedQuery.list(QUOTAS, KnownTypes.RESOURCE_QUOTAS.collectionPath(name), Map.of()),
                RelatedQuery.list(LIMIT_RANGES, KnownTypes.LIMIT_RANGES.collectionPath(name), Map.of()));
    }

    @Override
    public String describe(JsonNode ns, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(ns) + "\n");
        DescribeSections.labels(w, "Labels", ns.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", ns.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Status:\t" + Fields.text(ns, "status", "phase") + "\n");
        JsonNode conditions = ns.path("status").path("conditions");
        if (!conditions.isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n");
            w.write(LEVEL_1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t------------------\t------\t-------\n");
            for (JsonNode c : conditions) {
                w.write(LEVEL_1, c.path("type").asText("") + "\t" + c.path("status").asText("") + "\t"
                        + DescribeSections.time(c.path("lastTransitionTime").asText("")) + "\t"
                        + c.path("reason").asText("") + "\t" + c.path("message").asText("") + "\n");
            }
        }
        // As kubectl: a server that does not serve quotas or limit ranges simply has no such section.
        if (related.error(QUOTAS).isEmpty()) {
            w.write(LEVEL_0, "\n");
            quotas(w, related.items(QUOTAS));
        }
        if (related.error(LIMIT_RANGES).isEmpty()) {
            w.write(LEVEL_0, "\n");
            limitRanges(w, related.items(LIMIT_RANGES));
        }
        return w.toString();
    }

    /** {@code DescribeResourceQuotas}: each quota by name, resources sorted, used against hard. */
    private static void quotas(PrefixWriter w, List<JsonNode> quotas) {
        if (quotas.isEmpty()) {
            w.write(LEVEL_0, "No resource quota.\n");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>(quotas);
        sorted.sort(Comparator.comparing(q -> KubeObject.name(q)));
        w.write(LEVEL_0, "Resource Quotas\n");
        for (JsonNode q : sorted) {
            w.write(LEVEL_1, "Name:\t" + KubeObject.name(q) + "\n");
            TreeSet<String> scopes = new TreeSet<>(Fields.strings(q.path("spec").path("scopes")));
            if (!scopes.isEmpty()) {
                w.write(LEVEL_1, "Scopes:\t" + String.join(", ", scopes) + "\n");
                for (String scope : scopes) {
                    if (ResourceQuotaDescriber.SCOPE_HELP.containsKey(scope)) {
                        w.write(LEVEL_1, "* " + ResourceQuotaDescriber.SCOPE_HELP.get(scope) + "\n");
                    }
                }
            }
            w.write(LEVEL_1, "Resource\tUsed\tHard\n");
            w.write(LEVEL_1, "--------\t---\t---\n");
            ResourceQuotaDescriber.usage(w, LEVEL_1, q);
        }
    }

    /** {@code DescribeLimitRanges}: one row per limit type and resource ({@code -} where a value is not set). */
    private static void limitRanges(PrefixWriter w, List<JsonNode> ranges) {
        if (ranges.isEmpty()) {
            w.write(LEVEL_0, "No LimitRange resource.\n");
            return;
        }
        w.write(LEVEL_0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\t"
                + "Max Limit/Request Ratio\n");
        w.write(LEVEL_0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
        for (JsonNode range : ranges) {
            LimitRangeDescriber.rows(w, range, " ");
        }
    }
}
