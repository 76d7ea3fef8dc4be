package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.DocumentPrinter;
import io.krmcp.output.JsonPath;
import io.krmcp.output.JsonPrinter;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.table.TabWriter;
import io.krmcp.output.table.TablePrinter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.Target;

/** {@code kubectl get}: fetch each requested type, then print as a table, YAML, JSON or names. */
public final class GetVerb extends Verb<GetOptions> {

    private final DocumentPrinter documents;

    public GetVerb(JsonPrinter json) {
        super(GetFlags.SPEC, (command, warnings) -> GetFlags.toOptions(command));
        this.documents = new DocumentPrinter(json);
    }

    @Override
    protected VerbResult run(GetOptions options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        ResourceFetcher fetcher = new ResourceFetcher(ctx, options);
        List<ResourceFetcher.Fetched> results = new ArrayList<>();
        for (Target target : options.selection().targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() && !options.allNamespaces() ? namespace : null;
            results.add(fetcher.fetch(type, target.names(), ns));
        }
        List<String> errors = new ArrayList<>();
        results.forEach(r -> errors.addAll(r.errors()));
        String stdout = render(options, results);
        StringBuilder stderr = new StringBuilder();
        boolean nothing = results.stream().allMatch(ResourceFetcher.Fetched::isEmpty);
        if (nothing && errors.isEmpty() && !options.output().document()) {
            stderr.append(noResources(options, namespace, results)).append('\n');
        }
        errors.forEach(e -> stderr.append(e).append('\n'));
        for (ResourceFetcher.Fetched r : results) {
            if (r.stoppedEarly()) {
                stderr.append(ctx.outputCap().stoppedNote("listing", r.type().groupResource(),
                        r.table() != null ? r.table().rows().size() : r.objects().size()));
            }
        }
        return new VerbResult(stdout, stderr.toString(), errors.isEmpty() ? 0 : 1);
    }

    private String render(GetOptions options, List<ResourceFetcher.Fetched> results) {
        OutputFormat format = options.output();
        if (format.document()) {
            return documents.print(format, document(options, results), options.showManagedFields());
        }
        return switch (format.family()) {
            case CUSTOM_COLUMNS -> customColumns(options, results);
            case NAME -> names(results);
            default -> table(options, results);
        };
    }

    private static String names(List<ResourceFetcher.Fetched> results) {
        StringBuilder out = new StringBuilder();
        for (ResourceFetcher.Fetched r : results) {
            for (JsonNode o : r.objects()) {
                out.append(r.type().kindPrefix()).append('/').append(KubeObject.name(o)).append('\n');
            }
        }
        return out.toString();
    }

    private static String table(GetOptions options, List<ResourceFetcher.Fetched> results) {
        Set<String> kinds = new LinkedHashSet<>();
        results.stream().filter(r -> !r.isEmpty()).forEach(r -> kinds.add(r.type().groupResource()));
        TablePrinter printer = new TablePrinter(new TablePrinter.Options(options.output().is("wide"),
                options.noHeaders(), options.allNamespaces(), options.showKind() || kinds.size() > 1,
                options.showLabels(), options.labelColumns()));
        List<TablePrinter.Section> sections = new ArrayList<>();
        for (ResourceFetcher.Fetched r : results) {
            sections.add(new TablePrinter.Section(r.table(), r.type().kindPrefix(), r.type().namespaced()));
        }
        return printer.print(sections);
    }

    /** One row per object, each cell the column's values joined by commas, {@code <none>} when there are none. */
    private static String customColumns(GetOptions options, List<ResourceFetcher.Fetched> results) {
        TabWriter writer = new TabWriter();
        if (!options.noHeaders()) {
            writer.add(options.output().columns().stream().map(OutputFormat.CustomColumn::header).toList());
        }
        for (ResourceFetcher.Fetched r : results) {
            for (JsonNode o : r.objects()) {
                List<String> cells = new ArrayList<>();
                for (OutputFormat.CustomColumn column : options.output().columns()) {
                    List<String> values = column.path().values(o).stream().map(JsonPath::text).toList();
                    cells.add(values.isEmpty() ? "<none>" : String.join(",", values));
                }
                writer.add(cells);
            }
        }
        StringBuilder out = new StringBuilder();
        writer.writeTo(out);
        return out.toString();
    }

    /** A single named object prints alone; anything else is wrapped in a {@code List}, as kubectl does. */
    private static JsonNode document(GetOptions options, List<ResourceFetcher.Fetched> results) {
        List<JsonNode> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.objects()));
        boolean single = options.selection().singleObject();
        if (single && all.size() == 1) {
            return all.get(0);
        }
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.put("apiVersion", "v1");
        list.putArray("items").addAll(all);
        list.put("kind", "List");
        list.putObject("metadata").put("resourceVersion", "");
        return list;
    }

    private static String noResources(GetOptions options, String namespace, List<ResourceFetcher.Fetched> results) {
        boolean anyNamespaced = results.stream().anyMatch(r -> r.type().namespaced());
        if (options.allNamespaces() || !anyNamespaced) {
            return "No resources found";
        }
        return "No resources found in " + namespace + " namespace.";
    }
}
