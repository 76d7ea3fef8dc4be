package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.output.OutputCap;
import io.krmcp.output.PrinterFamily;
import io.krmcp.output.table.BuiltinColumns;
import io.krmcp.output.table.Table;
import io.krmcp.output.table.TableDecoder;
import io.krmcp.output.table.TablePrinter;
import io.krmcp.verbs.VerbContext;

/**
 * Fetches one type's objects for {@code get}: a paged list ({@code limit}/{@code continue}, as kubectl's
 * {@code --chunk-size}) or one GET per name. Asks for a server-side Table when the output is human-readable and
 * falls back to the built-in printers when the server answers with plain objects.
 */
final class ResourceFetcher {

    /**
     * An object printed whole ({@code -o json|yaml}) takes at least this many bytes: every stored object has a kind,
     * an apiVersion, a name, a 36-character uid, a creationTimestamp and a resourceVersion.
     */
    static final int MIN_BYTES_PER_DOCUMENT = 128;

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
                            options.answer(), ctx.deadline());
                    collect(type, body, objects, tables);
                } catch (ApiException e) {
                    if (!(e.isNotFound() && options.ignoreNotFound())) {
                        errors.add(e.isNotFound() ? type.notFound(name) : e.getMessage());
                    }
                }
            }
        }
        options.sortBy().ifPresent(sorting -> sorting.sort(objects));
        if (names.isEmpty() && documents() && options.sortBy().isPresent()) {
            int fetched = objects.size();
            keepWhatCanShow(objects, 0, new long[1]);
            stoppedEarly |= objects.size() < fetched;
        }
        tables.replaceAll(t -> options.sortBy().map(sorting -> sorting.sort(t)).orElse(t));
        Table table = null;
        if (options.human()) {
            table = tables.isEmpty() ? BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant())
                    : merge(tables, BuiltinColumns.tableOf(type.kind(), objects, ctx.clock().instant()));
        }
        return new Fetched(type, objects, table, errors, stoppedEarly);
    }

    /**
     * Fetches page after page; returns true when it stopped with objects left because the cap was reached. Once
     * the rows or objects received surely print past the cap, further pages could only be cut away: a 2,000-pod
     * table stops after its third page of 500. Whole objects ({@code -o json|yaml}) past the one whose text surely
     * reaches the cap are dropped as soon as they arrive: printing them would take several times the heap of the
     * page.
     */
    private boolean list(ResourceType type, String namespace, String accept, List<JsonNode> objects,
                         List<Table> tables) throws ApiException, CallTimeoutException {
        Map<String, String> query = new LinkedHashMap<>(options.selection().listQuery());
        query.putAll(rowObjects());
        boolean sorted = options.sortBy().isPresent();
        long[] printedAtLeast = {0};
        boolean[] dropped = {false};
        boolean pagesLeft = ctx.api().pages(type.collectionPath(namespace), query, accept, options.listAnswer(),
                options.chunkSize(), ctx.deadline(), body -> {
                    int before = objects.size();
                    int tablesBefore = tables.size();
                    collect(type, body, objects, tables);
                    if (sorted) {
                        return true;
                    }
                    if (documents()) {
                        int received = objects.size();
                        boolean reached = keepWhatCanShow(objects, before, printedAtLeast);
                        dropped[0] = objects.size() < received;
                        return !reached;
                    }
                    printedAtLeast[0] += printedAtLeast(type, objects.subList(before, objects.size()));
                    for (Table table : tables.subList(tablesBefore, tables.size())) {
                        printedAtLeast[0] += TablePrinter.printedBytesAtLeast(table, !options.noHeaders());
                    }
                    return !ctx.outputCap().reachedBy(printedAtLeast[0]);
                });
        return pagesLeft || dropped[0];
    }

    /**
     * What objects take at least once printed as names or rows (built-in columns, for servers that answer a Table
     * request with a list); a custom-columns row takes at least its line break. A template's text need not grow
     * with the items ({@code {.items[-1:].metadata.name}}), so a template reads every page.
     */
    private long printedAtLeast(ResourceType type, List<JsonNode> received) {
        return switch (options.output().family()) {
            case NAME -> received.stream()
                    .mapToLong(o -> type.kindPrefix().length() + KubeObject.name(o).length() + 2).sum();
            case HUMAN -> TablePrinter.printedBytesAtLeast(
                    BuiltinColumns.tableOf(type.kind(), received, ctx.clock().instant()), !options.noHeaders());
            case CUSTOM_COLUMNS -> received.size();
            default -> 0;
        };
    }

    private boolean documents() {
        return options.output().family() == PrinterFamily.DATA;
    }

    /**
     * Counts the objects from {@code from} on into the printed text's lower bound; once it passes the cap, drops the
     * objects after the one that passed it.
     *
     * @return whether the cap is reached
     */
    private boolean keepWhatCanShow(List<JsonNode> objects, int from, long[] printedAtLeast) {
        OutputCap cap = ctx.outputCap();
        for (int i = from; i < objects.size(); i++) {
            printedAtLeast[0] += documentBytesAtLeast(objects.get(i));
            if (cap.reachedBy(printedAtLeast[0])) {
                objects.subList(i + 1, objects.size()).clear();
                return true;
            }
        }
        return false;
    }

    /**
     * What an object printed whole takes at least: half its compact JSON (YAML drops quotes and braces but indents;
     * indented JSON only adds), and never less than {@link #MIN_BYTES_PER_DOCUMENT}. The first 30 or so pods of a
     * page then show that the 64 KiB cap is reached: the rest of the page is dropped and no further page fetched.
     */
    static long documentBytesAtLeast(JsonNode object) {
        return Math.max(MIN_BYTES_PER_DOCUMENT, object.toString().length() / 2);
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
