package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceType;
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

    /**
     * A printed object takes at least this many bytes (a short table row); once the objects fetched would fill the
     * output cap several times over, further pages could only be cut away, so listing stops.
     */
    static final int MIN_BYTES_PER_OBJECT = 16;

    /**
     * One type's result: the objects (machine output) or the table (human output), per-name errors, and whether
     * listing stopped early because the output cap was already reached.
     */
    record Fetched(ResourceType type, List<JsonNode> objects, Table table, List<String> errors, boolean stoppedEarly) {
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
        boolean stoppedEarly = false;
        if (names.isEmpty()) {
            stoppedEarly = list(type, namespace, accept, objects, tables);
        } else {
            for (String name : names) {
                try {
                    JsonNode body = ctx.api().get(type.objectPath(namespace, name), rowObjects(), accept,
                            ctx.deadline());
                    collect(type, body, objects, tables);
                } catch (ApiException e) {
                    if (!(e.isNotFound() && options.ignoreNotFound())) {
                        errors.add(e.isNotFound() ? type.notFound(name) : e.getMessage());
                    }
                }
            }
        }
        options.sortBy().ifPresent(sorting -> sorting.sort(objects));
        tables.replaceAll(t -> options.sortBy().map(sorting -> sorting.sort(t)).orElse(t));
        Table table = null;
        if (options.human()) {
            table = tables.isEmpty() ? BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant())
                    : merge(tables, BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant()));
        }
        return new Fetched(type, objects, table, errors, stoppedEarly);
    }

    /** Fetches page after page; returns true when it stopped with pages left because the cap was reached. */
    private boolean list(ResourceType type, String namespace, String accept, List<JsonNode> objects,
                         List<Table> tables) throws ApiException, CallTimeoutException {
        Map<String, String> query = new LinkedHashMap<>(options.selection().listQuery());
        query.putAll(rowObjects());
        return ctx.api().pages(type.collectionPath(namespace), query, accept, options.chunkSize(), ctx.deadline(),
                body -> {
                    collect(type, body, objects, tables);
                    long fetched = objects.size() + tables.stream().mapToLong(t -> t.rows().size()).sum();
                    return options.sortBy().isPresent() || fetched * MIN_BYTES_PER_OBJECT <= 2L * ctx.maxOutputBytes();
                });
    }

    /**
     * What a server Table's rows should carry: the whole object to sort by (as kubectl asks), nothing when the
     * printer reads no row metadata (no namespace column, no labels), else the server's default, metadata. A real
     * server's row metadata holds managedFields: for 100 pods the answer is several times larger with it.
     */
    private Map<String, String> rowObjects() {
        if (!options.human()) {
            return Map.of();
        }
        if (options.sortBy().isPresent()) {
            return Map.of("includeObject", "Object");
        }
        boolean readsMetadata = options.allNamespaces() || options.showLabels() || !options.labelColumns().isEmpty();
        return readsMetadata ? Map.of() : Map.of("includeObject", "None");
    }

    private static void collect(ResourceType type, JsonNode body, List<JsonNode> objects, List<Table> tables) {
        if (TableDecoder.isTable(body)) {
            tables.add(TableDecoder.decode(body));
        } else if (body.has("items")) {
            for (JsonNode item : body.path("items")) {
                objects.add(type.withTypeMeta(item));
            }
        } else {
            objects.add(type.withTypeMeta(body));
        }
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
}
