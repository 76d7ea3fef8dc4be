package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.table.HumanDuration;

/**
 * kubectl's {@code describePod}: identity, node, times, labels, status, IPs, controller, containers (state, last
 * state, resources, probes, environment, mounts), conditions, volumes, QoS, node selectors, tolerations, events.
 * Times are printed in UTC, as kubectl prints them on a machine in UTC.
 */
public final class PodDescriber implements Describer {

    @Override
    public String describe(JsonNode pod, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = pod.path("spec");
        JsonNode status = pod.path("status");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(pod) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(pod) + "\n");
        if (spec.has("priority")) {
            w.write(LEVEL_0, "Priority:\t" + spec.path("priority").asLong() + "\n");
        }
        DescribeSections.optional(w, "Priority Class Name", Fields.text(spec, "priorityClassName"));
        DescribeSections.optional(w, "Runtime Class Name", Fields.text(spec, "runtimeClassName"));
        DescribeSections.optional(w, "Service Account", Fields.text(spec, "serviceAccountName"));
        String node = Fields.text(spec, "nodeName");
        w.write(LEVEL_0, "Node:\t" + (node.isEmpty() ? "<none>" : node + "/" + Fields.text(status, "hostIP")) + "\n");
        if (!Fields.text(status, "startTime").isEmpty()) {
            w.write(LEVEL_0, "Start Time:\t" + DescribeSections.time(Fields.text(status, "startTime")) + "\n");
        }
        DescribeSections.labels(w, "Labels", pod.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", pod.path("metadata").path("annotations"));
        String phase = Fields.text(status, "phase");
        String deletion = Fields.text(pod, "metadata", "deletionTimestamp");
        if (!deletion.isEmpty() && !phase.equals("Failed") && !phase.equals("Succeeded")) {
            w.write(LEVEL_0, "Status:\tTerminating (lasts " + HumanDuration.since(deletion, now) + ")\n");
            w.write(LEVEL_0, "Termination Grace Period:\t" + Fields.number(pod, "metadata",
                    "deletionGracePeriodSeconds") + "s\n");
        } else {
            w.write(LEVEL_0, "Status:\t" + phase + "\n");
        }
        DescribeSections.optional(w, "Reason", Fields.text(status, "reason"));
        DescribeSections.optional(w, "Message", Fields.text(status, "message"));
        String seccomp = Fields.text(spec, "securityContext", "seccompProfile", "type");
        DescribeSections.optional(w, "SeccompProfile", seccomp);
        w.write(LEVEL_0, "IP:\t" + Fields.text(status, "podIP") + "\n");
        if (status.path("podIPs").isEmpty()) {
            w.write(LEVEL_0, "IPs:\t<none>\n");
        } else {
            w.write(LEVEL_0, "IPs:\n");
            for (JsonNode ip : status.path("podIPs")) {
                w.write(LEVEL_1, "IP:\t" + ip.path("ip").asText() + "\n");
            }
        }
        DescribeSections.optional(w, "Controlled By", DescribeSections.controller(pod));
        DescribeSections.optional(w, "NominatedNodeName", Fields.text(status, "nominatedNodeName"));
        if (!spec.path("initContainers").isEmpty()) {
            ContainerSection.write(w, "", "Init Containers", spec.path("initContainers"),
                    status.path("initContainerStatuses"), pod);
        }
        ContainerSection.write(w, "", "Containers", spec.path("containers"), status.path("containerStatuses"), pod);
        if (!spec.path("readinessGates").isEmpty()) {
            w.write(LEVEL_0, "Readiness Gates:\n  Type\tStatus\n");
            for (JsonNode gate : spec.path("readinessGates")) {
                String type = gate.path("conditionType").asText();
                String value = "<none>";
                for (JsonNode c : status.path("conditions")) {
                    if (type.equals(c.path("type").asText())) {
                        value = c.path("status").asText();
                    }
                }
                w.write(LEVEL_1, type + " \t" + value + " \n");
            }
        }
        if (!status.path("conditions").isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
            for (JsonNode c : status.path("conditions")) {
                w.write(LEVEL_1, c.path("type").asText() + " \t" + c.path("status").asText() + " \n");
            }
        }
        VolumeSection.write(w, "", spec.path("volumes"));
        w.write(LEVEL_0, "QoS Class:\t" + Fields.text(status, "qosClass") + "\n");
        DescribeSections.labels(w, "Node-Selectors", spec.path("nodeSelector"));
        DescribeSections.tolerations(w, "Tolerations", spec.path("tolerations"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
