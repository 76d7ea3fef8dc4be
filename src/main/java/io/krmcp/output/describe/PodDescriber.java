package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.table.Fields;
import io.krmcp.output.table.HumanDuration;

/**
 * kubectl's {@code describePod}: identity, node, times, labels, status, IPs, controller, containers (state, last
 * state, resources, probes, environment, mounts), conditions, volumes, QoS, node selectors, tolerations, events.
 * Times are printed in UTC, as kubectl prints them on a machine in UTC.
 */
public final class PodDescriber implements Describer {

    static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    @Override
    public String describe(JsonNode pod, List<JsonNode> events, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = pod.path("spec");
        JsonNode status = pod.path("status");
        w.write(LEVEL_0, "Name:\t" + Fields.text(pod, "metadata", "name") + "\n");
        w.write(LEVEL_0, "Namespace:\t" + Fields.text(pod, "metadata", "namespace") + "\n");
        if (spec.has("priority")) {
            w.write(LEVEL_0, "Priority:\t" + spec.path("priority").asLong() + "\n");
        }
        optional(w, "Priority Class Name", Fields.text(spec, "priorityClassName"));
        optional(w, "Runtime Class Name", Fields.text(spec, "runtimeClassName"));
        optional(w, "Service Account", Fields.text(spec, "serviceAccountName"));
        String node = Fields.text(spec, "nodeName");
        w.write(LEVEL_0, "Node:\t" + (node.isEmpty() ? "<none>" : node + "/" + Fields.text(status, "hostIP")) + "\n");
        if (!Fields.text(status, "startTime").isEmpty()) {
            w.write(LEVEL_0, "Start Time:\t" + time(Fields.text(status, "startTime")) + "\n");
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
        optional(w, "Reason", Fields.text(status, "reason"));
        optional(w, "Message", Fields.text(status, "message"));
        String seccomp = Fields.text(spec, "securityContext", "seccompProfile", "type");
        optional(w, "SeccompProfile", seccomp);
        w.write(LEVEL_0, "IP:\t" + Fields.text(status, "podIP") + "\n");
        if (status.path("podIPs").isEmpty()) {
            w.write(LEVEL_0, "IPs:\t<none>\n");
        } else {
            w.write(LEVEL_0, "IPs:\n");
            for (JsonNode ip : status.path("podIPs")) {
                w.write(LEVEL_1, "IP:\t" + ip.path("ip").asText() + "\n");
            }
        }
        for (JsonNode owner : pod.path("metadata").path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false)) {
                w.write(LEVEL_0, "Controlled By:\t" + owner.path("kind").asText() + "/" + owner.path("name").asText()
                        + "\n");
                break;
            }
        }
        optional(w, "NominatedNodeName", Fields.text(status, "nominatedNodeName"));
        if (!spec.path("initContainers").isEmpty()) {
            ContainerSection.write(w, "Init Containers", spec.path("initContainers"),
                    status.path("initContainerStatuses"), pod);
        }
        ContainerSection.write(w, "Containers", spec.path("containers"), status.path("containerStatuses"), pod);
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
        VolumeSection.write(w, spec.path("volumes"));
        w.write(LEVEL_0, "QoS Class:\t" + Fields.text(status, "qosClass") + "\n");
        DescribeSections.labels(w, "Node-Selectors", spec.path("nodeSelector"));
        tolerations(w, spec.path("tolerations"));
        if (events != null) {
            DescribeSections.events(w, events, now);
        }
        return w.toString();
    }

    static String time(String rfc3339) {
        try {
            return RFC1123Z.format(Instant.parse(rfc3339));
        } catch (java.time.format.DateTimeParseException e) {
            return rfc3339;
        }
    }

    private static void optional(PrefixWriter w, String title, String value) {
        if (!value.isEmpty()) {
            w.write(LEVEL_0, title + ":\t" + value + "\n");
        }
    }

    /** {@code printPodTolerationsMultiline}: {@code key=value:Effect op=Exists for 300s}. */
    private static void tolerations(PrefixWriter w, JsonNode tolerations) {
        w.write(LEVEL_0, "Tolerations:\t");
        if (tolerations.isEmpty()) {
            w.line("<none>");
            return;
        }
        boolean first = true;
        for (JsonNode t : tolerations) {
            if (!first) {
                w.write(LEVEL_0, "\t");
            }
            first = false;
            StringBuilder sb = new StringBuilder(t.path("key").asText(""));
            String value = t.path("value").asText("");
            String effect = t.path("effect").asText("");
            if (!value.isEmpty()) {
                sb.append('=').append(value);
            }
            if (!effect.isEmpty()) {
                sb.append(':').append(effect);
            }
            if ("Exists".equals(t.path("operator").asText()) && value.isEmpty()) {
                sb.append(sb.length() > 0 ? " op=Exists" : "op=Exists");
            }
            if (t.has("tolerationSeconds")) {
                sb.append(" for ").append(t.path("tolerationSeconds").asLong()).append('s');
            }
            w.line(sb.toString());
        }
    }
}
