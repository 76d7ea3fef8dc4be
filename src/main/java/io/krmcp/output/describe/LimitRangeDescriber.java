package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;

/**
 * kubectl's {@code describeLimitRange}: one row per limit type and resource, {@code -} where a value is not set.
 * kubectl walks a Go map, so its row order varies between runs; here resources are sorted.
 */
public final class LimitRangeDescriber implements Describer {

    private static final List<String> COLUMNS = List.of("min", "max", "defaultRequest", "default",
            "maxLimitRequestRatio");

    @Override
    public String describe(JsonNode range, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(range) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(range) + "\n");
        w.write(LEVEL_0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
        w.write(LEVEL_0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
        rows(w, range, "");
        return w.toString();
    }

    /** {@code describeLimitRangeSpec}: shared with the namespace describer, which prefixes each row with a space. */
    static void rows(PrefixWriter w, JsonNode range, String prefix) {
        for (JsonNode item : range.path("spec").path("limits")) {
            TreeSet<String> resources = new TreeSet<>();
            COLUMNS.forEach(c -> item.path(c).fieldNames().forEachRemaining(resources::add));
            for (String resource : resources) {
                StringBuilder row = new StringBuilder(prefix + item.path("type").asText("") + "\t" + resource);
                for (String c : COLUMNS) {
                    String value = Fields.text(item, c, resource);
                    row.append('\t').append(value.isEmpty() ? "-" : Quantity.parseOrZero(value).toString());
                }
                w.write(LEVEL_0, row + "\n");
            }
        }
    }
}
