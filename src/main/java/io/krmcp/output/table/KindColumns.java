package io.krmcp.output.table;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** kubectl's built-in printer for one kind: used when the server answers with a plain list instead of a Table. */
public interface KindColumns {

    List<Table.Column> columns();

    /** One cell per column, wide ones included; the decorators drop what the output does not show. */
    List<String> cells(JsonNode object, Instant now);
}
