package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.ResourceType;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.output.table.BuiltinColumns;
import io.krmcp.output.table.Table;
import io.krmcp.output.table.TableDecoder;
import io.krmcp.verbs.VerbContext;

/**
 * Fetches one type's objects for {@code get}: a paged list ({@code limit}/{@code continue}, as kubectl's
 * {@code --chunk-size}) or one GET per name. Asks for a server-side Table when the output is human-readable and
 * falls back to the built-in printers when the server answers with plain objects.
 */
final class ResourceFetcher {

    /** One type's result: the objects (machine output) or the table (human output), plus per-name errors. */
    record Fetched(ResourceType type, List<JsonNode> objects, Table table, List<String> errors) {
        boolean isEmpty() {
            return table != null ? table.rows().isEmpty() : objects.isEmpty();
        }
    }

    private final VerbContext ctx;
    private final GetOptions options;

    ResourceFetcher(VerbContext ctx, GetOptions options) {
        this.ctx = ctx;
        this.options = options;
    }

    Fetched fetch(ResourceType type, List<String> names, String namespace)
            throws ApiException, CallTimeoutException {
        String accept = options.human() ? KubeApi.ACCEPT_TABLE : KubeApi.ACCEPT_JSON;
        List<JsonNode> objects = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (names.isEmpty()) {
            list(type, namespace, accept, objects, tables);
        } else {
            for (String name : names) {
                try {
                    JsonNode body = ctx.api().get(type.objectPath(namespace, name), Map.of(), accept, ctx.deadline());
                    collect(type, body, objects, tables);
                } catch (ApiException e) {
                    if (!(e.isNotFound() && options.ignoreNotFound())) {
                        errors.add(e.isNotFound() ? notFound(type, name) : e.getMessage());
                    }
                }
            }
        }
        Table table = null;
        if (options.human()) {
            table = tables.isEmpty() ? BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant())
                    : merge(tables, BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant()));
        }
        return new Fetched(type, objects, table, errors);
    }

    private void list(ResourceType type, String namespace, String accept, List<JsonNode> objects, List<Table> tables)
            throws ApiException, CallTimeoutException {
        String continueToken = null;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            options.selector().ifPresent(s -> query.put("labelSelector", s));
            options.fieldSelector().ifPresent(s -> query.put("fieldSelector", s));
            if (options.chunkSize() > 0) {
                query.put("limit", String.valueOf(options.chunkSize()));
            }
            if (continueToken != null) {
                query.put("continue", continueToken);
            }
            JsonNode body = ctx.api().get(type.collectionPath(namespace), query, accept, ctx.deadline());
            collect(type, body, objects, tables);
            continueToken = body.path("metadata").path("continue").asText("");
        } while (!continueToken.isEmpty() && options.chunkSize() > 0);
    }

    private static void collect(ResourceType type, JsonNode body, List<JsonNode> objects, List<Table> tables) {
        if (TableDecoder.isTable(body)) {
            tables.add(TableDecoder.decode(body));
        } else if (body.has("items")) {
            for (JsonNode item : body.path("items")) {
                objects.add(withTypeMeta(type, item));
            }
        } else {
            objects.add(withTypeMeta(type, body));
        }
    }

    /** List items arrive without apiVersion and kind; kubectl's decoder fills them in, and so do we. */
    private static JsonNode withTypeMeta(ResourceType type, JsonNode item) {
        if (item instanceof ObjectNode object) {
            if (!object.hasNonNull("apiVersion")) {
                object.put("apiVersion", type.apiVersion());
            }
            if (!object.hasNonNull("kind")) {
                object.put("kind", type.kind());
            }
        }
        return item;
    }

    private static Table merge(List<Table> tables, Table fallbackRows) {
        List<Table.Row> rows = new ArrayList<>();
        for (Table t : tables) {
            rows.addAll(t.rows());
        }
        if (!fallbackRows.rows().isEmpty() && tables.get(0).columns().equals(fallbackRows.columns())) {
            rows.addAll(fallbackRows.rows());
        }
        return new Table(tables.get(0).columns(), rows);
    }

    static String notFound(ResourceType type, String name) {
        return "Error from server (NotFound): " + type.groupResource() + " \"" + name + "\" not found";
    }
}
