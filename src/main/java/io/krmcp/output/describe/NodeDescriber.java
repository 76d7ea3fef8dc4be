package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;
import io.krmcp.output.table.HumanDuration;

/**
 * kubectl's {@code describeNode}: roles, taints, lease, conditions, addresses, capacity, system info, the
 * non-terminated pods with their share of the node, and the allocated totals.
 */
public final class NodeDescriber implements Describer {

    private static final String PODS = "pods";
    private static final String LEASE = "lease";
    private static final Set<String> STANDARD = Set.of("cpu", "memory", "ephemeral-storage", "storage", "pods");

    @Override
    public List<RelatedQuery> related(JsonNode node) {
        String name = KubeObject.name(node);
        return List.of(
                RelatedQuery.list(PODS, KnownTypes.PODS.collectionPath(null), Map.of("fieldSelector",
                        "spec.nodeName=" + name + ",status.phase!=Succeeded,status.phase!=Failed")),
                RelatedQuery.object(LEASE, KnownTypes.LEASES.objectPath("kube-node-lease", name)));
    }

    @Override
    public String describe(JsonNode node, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = node.path("spec");
        JsonNode status = node.path("status");
        String name = KubeObject.name(node);
        w.write(LEVEL_0, "Name:\t" + name + "\n");
        Set<String> roles = KubeObject.nodeRoles(node);
        w.write(LEVEL_0, "Roles:\t" + (roles.isEmpty() ? "<none>" : String.join(",", roles)) + "\n");
        DescribeSections.labels(w, "Labels", node.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", node.path("metadata").path("annotations"));
        w.write(LEVEL_0, "CreationTimestamp:\t" + DescribeSections.time(Fields.text(node, "metadata",
                "creationTimestamp")) + "\n");
        DescribeSections.taints(w, "Taints", spec.path("taints"));
        w.write(LEVEL_0, "Unschedulable:\t" + spec.path("unschedulable").asBoolean(false) + "\n");
        lease(w, related);
        if (!status.path("conditions").isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (JsonNode c : status.path("conditions")) {
                w.write(LEVEL_1, c.path("type").asText("") + " \t" + c.path("status").asText("") + " \t"
                        + goTime(c.path("lastHeartbeatTime").asText("")) + " \t"
                        + goTime(c.path("lastTransitionTime").asText("")) + " \t" + c.path("reason").asText("")
                        + " \t" + c.path("message").asText("") + "\n");
            }
        }
        w.write(LEVEL_0, "Addresses:\n");
        for (JsonNode a : status.path("addresses")) {
            w.write(LEVEL_1, a.path("type").asText("") + ":\t" + a.path("address").asText("") + "\n");
        }
        resourceList(w, "Capacity", status.path("capacity"));
        resourceList(w, "Allocatable", status.path("allocatable"));
        JsonNode info = status.path("nodeInfo");
        w.write(LEVEL_0, "System Info:\n");
        w.write(LEVEL_0, "  Machine ID:\t" + Fields.text(info, "machineID") + "\n");
        w.write(LEVEL_0, "  System UUID:\t" + Fields.text(info, "systemUUID") + "\n");
        w.write(LEVEL_0, "  Boot ID:\t" + Fields.text(info, "bootID") + "\n");
        w.write(LEVEL_0, "  Kernel Version:\t" + Fields.text(info, "kernelVersion") + "\n");
        w.write(LEVEL_0, "  OS Image:\t" + Fields.text(info, "osImage") + "\n");
        w.write(LEVEL_0, "  Operating System:\t" + Fields.text(info, "operatingSystem") + "\n");
        w.write(LEVEL_0, "  Architecture:\t" + Fields.text(info, "architecture") + "\n");
        w.write(LEVEL_0, "  Container Runtime Version:\t" + Fields.text(info, "containerRuntimeVersion") + "\n");
        w.write(LEVEL_0, "  Kubelet Version:\t" + Fields.text(info, "kubeletVersion") + "\n");
        DescribeSections.optional(w, "PodCIDR", Fields.text(spec, "podCIDR"));
        if (!spec.path("podCIDRs").isEmpty()) {
            w.write(LEVEL_0, "PodCIDRs:\t" + String.join(",", Fields.strings(spec.path("podCIDRs"))) + "\n");
        }
        DescribeSections.optional(w, "ProviderID", Fields.text(spec, "providerID"));
        if (related.error(PODS).isPresent()) {
            w.write(LEVEL_0, "Pods:\tnot authorized\n");
        } else {
            List<JsonNode> pods = new ArrayList<>();
            for (JsonNode pod : related.items(PODS)) {
                // The field selector is checked here too: not every server (nor the test mock) applies it.
                String phase = Fields.text(pod, "status", "phase");
                if (name.equals(Fields.text(pod, "spec", "nodeName")) && !phase.equals("Succeeded")
                        && !phase.equals("Failed")) {
                    pods.add(pod);
                }
            }
            nodeResources(w, pods, status, now);
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }


    private static void lease(PrefixWriter w, Related related) {
        if (related.error(LEASE).isPresent()) {
            w.write(LEVEL_0, "Lease:\tFailed to get lease: " + related.error(LEASE).get() + "\n");
            return;
        }
        JsonNode spec = related.first(LEASE).map(l -> l.path("spec")).orElse(MissingNode.getInstance());
        w.write(LEVEL_0, "Lease:\n");
        w.write(LEVEL_1, "HolderIdentity:\t" + orUnset(Fields.text(spec, "holderIdentity")) + "\n");
        w.write(LEVEL_1, "AcquireTime:\t" + orUnset(DescribeSections.time(Fields.text(spec, "acquireTime"))) + "\n");
        w.write(LEVEL_1, "RenewTime:\t" + orUnset(DescribeSections.time(Fields.text(spec, "renewTime"))) + "\n");
    }

    private static String orUnset(String value) {
        return value.isEmpty() ? "<unset>" : value;
    }

    /** An unset Go time prints as its zero value. */
    private static String goTime(String rfc3339) {
        return rfc3339.isEmpty() ? "Mon, 01 Jan 0001 00:00:00 +0000" : DescribeSections.time(rfc3339);
    }

    /** kubectl sorts resource names with the standard ones (cpu, memory, ...) by name, as plain strings. */
    private static void resourceList(PrefixWriter w, String title, JsonNode list) {
        if (list.isEmpty()) {
            return;
        }
        w.write(LEVEL_0, title + ":\n");
        Map<String, String> sorted = new TreeMap<>();
        list.fields().forEachRemaining(e -> sorted.put(e.getKey(), Quantity.parseOrZero(e.getValue().asText())
                .toString()));
        sorted.forEach((k, v) -> w.write(LEVEL_0, "  " + k + ":\t" + v + "\n"));
    }

    /** {@code describeNodeResource}. */
    private static void nodeResources(PrefixWriter w, List<JsonNode> pods, JsonNode status, Instant now) {
        w.write(LEVEL_0, "Non-terminated Pods:\t(" + pods.size() + " in total)\n");
        w.write(LEVEL_1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
        w.write(LEVEL_1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
        JsonNode allocatableNode = status.path("allocatable").isEmpty() ? status.path("capacity")
                : status.path("allocatable");
        Map<String, Quantity> allocatable = new HashMap<>();
        allocatableNode.fields().forEachRemaining(e -> allocatable.put(e.getKey(),
                Quantity.parseOrZero(e.getValue().asText())));
        Quantity cpu = allocatable.getOrDefault("cpu", Quantity.ZERO);
        Quantity memory = allocatable.getOrDefault("memory", Quantity.ZERO);
        Map<String, Quantity> totalRequests = new TreeMap<>();
        Map<String, Quantity> totalLimits = new TreeMap<>();
        for (JsonNode pod : pods) {
            Map<String, Quantity> req = PodResources.requests(pod);
            Map<String, Quantity> lim = PodResources.limits(pod);
            PodResources.accumulate(totalRequests, req);
            PodResources.accumulate(totalLimits, lim);
            w.write(LEVEL_1, KubeObject.namespace(pod) + "\t" + KubeObject.name(pod)
                    + "\t\t" + share(req, "cpu", cpu, true) + "\t" + share(lim, "cpu", cpu, true) + "\t"
                    + share(req, "memory", memory, false) + "\t" + share(lim, "memory", memory, false) + "\t"
                    + HumanDuration.since(KubeObject.creationTimestamp(pod), now) + "\n");
        }
        w.write(LEVEL_0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
        w.write(LEVEL_1, "Resource\tRequests\tLimits\n");
        w.write(LEVEL_1, "--------\t--------\t------\n");
        for (String resource : List.of("cpu", "memory", "ephemeral-storage")) {
            Quantity of = allocatable.getOrDefault(resource, Quantity.ZERO);
            boolean milli = resource.equals("cpu");
            w.write(LEVEL_1, resource + "\t" + share(totalRequests, resource, of, milli) + "\t"
                    + share(totalLimits, resource, of, milli) + "\n");
        }
        List<String> hugePages = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        for (String resource : new TreeSet<>(allocatable.keySet())) {
            if (resource.startsWith("hugepages-")) {
                hugePages.add(resource);
            } else if (!STANDARD.contains(resource) && !resource.startsWith("requests.")
                    && !resource.startsWith("limits.")) {
                extended.add(resource);
            }
        }
        for (String resource : hugePages) {
            w.write(LEVEL_1, resource + "\t" + share(totalRequests, resource, allocatable.get(resource), false) + "\t"
                    + share(totalLimits, resource, allocatable.get(resource), false) + "\n");
        }
        for (String resource : extended) {
            w.write(LEVEL_1, resource + "\t" + totalRequests.getOrDefault(resource, Quantity.ZERO) + "\t"
                    + totalLimits.getOrDefault(resource, Quantity.ZERO) + "\n");
        }
    }

    /** {@code 250m (12%)}: the amount and its whole percentage of what the node can allocate. */
    private static String share(Map<String, Quantity> amounts, String resource, Quantity allocatable, boolean milli) {
        Quantity amount = amounts.getOrDefault(resource, Quantity.ZERO);
        long of = milli ? allocatable.milliValue() : allocatable.longValue();
        long part = milli ? amount.milliValue() : amount.longValue();
        long percent = of == 0 ? 0 : (long) ((double) part / of * 100);
        return amount + " (" + percent + "%)";
    }
}
