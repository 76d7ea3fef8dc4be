package io.krmcp.verbs.top;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.GoDuration;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;
import io.krmcp.output.table.TabWriter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/**
 * {@code kubectl top pod|node}: usage from the metrics API (metrics-server), with kubectl's columns, sorting,
 * {@code --containers}, {@code --sum}, the node percentages of allocatable (or capacity) and its messages when the
 * API or the metrics are missing. Every value cell ends with a tab, as kubectl's printer writes them, so the last
 * column is padded too.
 */
public final class TopVerb extends Verb<TopOptions> {

    public static final VerbSpec SPEC = TopFlags.SPEC;

    /** kubectl's {@code metricsCreationDelay}: younger pods may simply not have been scraped yet. */
    private static final Duration METRICS_DELAY = Duration.ofMinutes(2);

    public TopVerb() {
        super(SPEC, (command, warnings) -> TopFlags.toOptions(command));
    }

    @Override
    protected VerbResult run(TopOptions options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException {
        return options.pods() ? topPods(options, ctx) : topNodes(options, ctx);
    }

    private static VerbResult topPods(TopOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        Optional<String> name = options.name();
        Optional<String> selector = options.selector();
        Optional<String> fieldSelector = options.fieldSelector();
        String sortBy = options.sortBy();
        boolean all = options.allNamespaces();
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        MetricsApi metricsApi = MetricsApi.discover(ctx);
        String scope = all ? null : namespace;
        List<JsonNode> metrics = new ArrayList<>();
        if (name.isPresent()) {
            metrics.add(ctx.api().get(metricsApi.path(scope, "pods", name.get()), Map.of(), KubeApi.ACCEPT_JSON,
                    ctx.deadline()));
        } else {
            Map<String, String> query = new LinkedHashMap<>();
            selector.ifPresent(s -> query.put("labelSelector", s));
            ctx.api().get(metricsApi.path(scope, "pods", null), query, KubeApi.ACCEPT_JSON, ctx.deadline())
                    .path("items").forEach(metrics::add);
        }
        if (!metrics.isEmpty() && fieldSelector.isPresent()) {
            // the metrics API has no field selectors: keep the pods the pod list selects, as kubectl does
            Set<String> selected = new HashSet<>();
            for (JsonNode pod : listPods(ctx, scope, selector, fieldSelector)) {
                selected.add(KubeObject.namespace(pod) + "/" + KubeObject.name(pod));
            }
            metrics.removeIf(m -> !selected.contains(KubeObject.namespace(m) + "/"
                    + KubeObject.name(m)));
        }
        if (metrics.isEmpty()) {
            explainMissingPodMetrics(ctx, namespace, name, selector, fieldSelector);
            return new VerbResult("", all ? "No resources found\n" : "No resources found in " + namespace
                    + " namespace.\n", 0);
        }
        Comparator<JsonNode> order = sortBy.isEmpty()
                ? Comparator.comparing((JsonNode m) -> all ? KubeObject.namespace(m) : "")
                        .thenComparing(m -> KubeObject.name(m))
                : Comparator.comparingLong((JsonNode m) -> -Usage.ofPod(m).key(sortBy));
        metrics.sort(order);
        boolean containers = options.containers();
        TabWriter table = new TabWriter();
        int columns = 3 + (all ? 1 : 0) + (containers ? 1 : 0);
        if (!options.noHeaders()) {
            List<String> header = new ArrayList<>();
            if (all) {
                header.add("NAMESPACE");
            }
            if (containers) {
                header.add("POD");
            }
            header.addAll(List.of("NAME", "CPU(cores)", "MEMORY(bytes)", ""));
            table.add(header);
        }
        Usage total = Usage.NONE;
        for (JsonNode m : metrics) {
            total = total.plus(Usage.ofPod(m));
            String ns = KubeObject.namespace(m);
            String pod = KubeObject.name(m);
            if (!containers) {
                table.add(row(all ? List.of(ns, pod) : List.of(pod), Usage.ofPod(m)));
                continue;
            }
            List<JsonNode> list = new ArrayList<>();
            m.path("containers").forEach(list::add);
            list.sort(sortBy.isEmpty() ? Comparator.comparing(c -> Fields.text(c, "name"))
                    : Comparator.comparingLong(c -> -Usage.of(c.path("usage")).key(sortBy)));
            for (JsonNode c : list) {
                List<String> lead = new ArrayList<>();
                if (all) {
                    lead.add(ns);
                }
                lead.add(pod);
                lead.add(Fields.text(c, "name"));
                table.add(row(lead, Usage.of(c.path("usage"))));
            }
        }
        if (options.sum()) {
            List<String> rule = new ArrayList<>();
            for (int i = 0; i < columns - 2; i++) {
                rule.add("");
            }
            rule.addAll(List.of("________", "________", ""));
            table.add(rule);
            List<String> lead = new ArrayList<>();
            for (int i = 0; i < columns - 2; i++) {
                lead.add("");
            }
            table.add(row(lead, total));
        }
        StringBuilder out = new StringBuilder();
        table.writeTo(out);
        return new VerbResult(out.toString(), "", 0);
    }

    private static List<String> row(List<String> lead, Usage usage) {
        List<String> row = new ArrayList<>(lead);
        row.addAll(List.of(usage.cpuCell(), usage.memoryCell(), ""));
        return row;
    }

    private static List<JsonNode> listPods(VerbContext ctx, String namespace, Optional<String> selector,
                                           Optional<String> fieldSelector) throws ApiException, CallTimeoutException {
        Map<String, String> query = new LinkedHashMap<>();
        selector.ifPresent(s -> query.put("labelSelector", s));
        fieldSelector.ifPresent(s -> query.put("fieldSelector", s));
        List<JsonNode> pods = new ArrayList<>();
        ctx.api().get(KnownTypes.PODS.collectionPath(namespace), query,
                KubeApi.ACCEPT_JSON, ctx.deadline()).path("items").forEach(pods::add);
        return pods;
    }

    /**
     * kubectl's {@code verifyEmptyMetrics}: no pods at all is just "No resources found"; pods older than the scrape
     * delay without metrics are an error naming one; younger ones mean "not available yet".
     */
    private static void explainMissingPodMetrics(VerbContext ctx, String namespace, Optional<String> name,
                                                 Optional<String> selector, Optional<String> fieldSelector)
            throws VerbException, ApiException, CallTimeoutException {
        List<JsonNode> pods = new ArrayList<>();
        if (name.isPresent()) {
            pods.add(ctx.api().get(KnownTypes.PODS.objectPath(namespace, name.get()), Map.of(),
                    KubeApi.ACCEPT_JSON, ctx.deadline()));
        } else {
            pods = listPods(ctx, namespace, selector, fieldSelector);
            if (pods.isEmpty()) {
                return;
            }
        }
        Instant now = ctx.clock().instant();
        for (JsonNode pod : pods) {
            Duration age = Duration.between(Instant.parse(KubeObject.creationTimestamp(pod)), now);
            if (age.compareTo(METRICS_DELAY) > 0) {
                throw new VerbException("error: Metrics not available for pod " + Fields.text(pod, "metadata",
                        "namespace") + "/" + KubeObject.name(pod) + ", age: " + GoDuration.format(age));
            }
        }
        throw new VerbException("error: metrics not available yet");
    }

    private static VerbResult topNodes(TopOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        Optional<String> name = options.name();
        Optional<String> selector = options.selector();
        String sortBy = options.sortBy();
        MetricsApi metricsApi = MetricsApi.discover(ctx);
        List<JsonNode> metrics = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        selector.ifPresent(s -> query.put("labelSelector", s));
        if (name.isPresent()) {
            metrics.add(ctx.api().get(metricsApi.path(null, "nodes", name.get()), Map.of(), KubeApi.ACCEPT_JSON,
                    ctx.deadline()));
        } else {
            ctx.api().get(metricsApi.path(null, "nodes", null), query, KubeApi.ACCEPT_JSON, ctx.deadline())
                    .path("items").forEach(metrics::add);
        }
        if (metrics.isEmpty()) {
            throw new VerbException("error: metrics not available yet");
        }
        if (name.isPresent()) {
            nodes.add(ctx.api().get(KnownTypes.NODES.objectPath(null, name.get()), Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline()));
        } else {
            ctx.api().get(KnownTypes.NODES.collectionPath(null), query, KubeApi.ACCEPT_JSON, ctx.deadline()).path("items")
                    .forEach(nodes::add);
        }
        String available = options.showCapacity() ? "capacity" : "allocatable";
        Map<String, JsonNode> capacity = new TreeMap<>();
        nodes.forEach(n -> capacity.put(KubeObject.name(n), n.path("status").path(available)));
        metrics.sort(sortBy.isEmpty() ? Comparator.comparing(m -> KubeObject.name(m))
                : Comparator.comparingLong(m -> -Usage.of(m.path("usage")).key(sortBy)));
        TabWriter table = new TabWriter();
        if (!options.noHeaders()) {
            table.add(List.of("NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)", ""));
        }
        for (JsonNode m : metrics) {
            String node = KubeObject.name(m);
            Usage usage = Usage.of(m.path("usage"));
            JsonNode of = capacity.remove(node);
            List<String> row = new ArrayList<>(List.of(node, usage.cpuCell()));
            if (of != null) {
                row.add(percent(usage.cpu(), of.path("cpu")));
            }
            row.add(usage.memoryCell());
            if (of != null) {
                row.add(percent(usage.memory(), of.path("memory")));
            }
            row.add("");
            table.add(row);
        }
        for (String missing : capacity.keySet()) {
            table.add(List.of(missing, "<unknown>", "<unknown>", "<unknown>", "<unknown>", ""));
        }
        StringBuilder out = new StringBuilder();
        table.writeTo(out);
        return new VerbResult(out.toString(), "", 0);
    }

    /** {@code int64(float64(used.MilliValue()) / float64(available.MilliValue()) * 100)}, truncated. */
    private static String percent(Quantity used, JsonNode available) {
        Quantity of = Quantity.parseOrZero(available.asText(""));
        double fraction = of.isZero() ? 0.0 : (double) used.milliValue() / (double) of.milliValue() * 100;
        return (long) fraction + "%";
    }
}
