package io.krmcp.output.table;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.KubeObject;

/** A {@link KindColumns} made of a header list and a cell function; most kinds need nothing more. */
record SimpleColumns(List<Table.Column> columns, BiFunction<JsonNode, Instant, List<String>> cellFunction)
        implements KindColumns {

    @Override
    public List<String> cells(JsonNode object, Instant now) {
        return cellFunction.apply(object, now);
    }

    static String name(JsonNode o) {
        return KubeObject.name(o);
    }

    static String age(JsonNode o, Instant now) {
        return HumanDuration.since(KubeObject.creationTimestamp(o), now);
    }

    static Table.Column col(String name) {
        return Table.Column.always(name);
    }

    static Table.Column wide(String name) {
        return Table.Column.wide(name);
    }
}
