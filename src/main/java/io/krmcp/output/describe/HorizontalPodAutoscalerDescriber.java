package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_3;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;

/**
 * kubectl's {@code describeHorizontalPodAutoscalerV2}: target, each metric as {@code current / target}, replica
 * bounds, behavior, replica counts and conditions.
 */
public final class HorizontalPodAutoscalerDescriber implements Describer {

    @Override
    public String describe(JsonNode hpa, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = hpa.path("spec");
        JsonNode status = hpa.path("status");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(hpa) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(hpa) + "\n");
        DescribeSections.labels(w, "Labels", hpa.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", hpa.path("metadata").path("annotations"));
        w.write(LEVEL_0, "CreationTimestamp:\t" + DescribeSections.time(Fields.text(hpa, "metadata",
                "creationTimestamp")) + "\n");
        String kind = Fields.text(spec, "scaleTargetRef", "kind");
        w.write(LEVEL_0, "Reference:\t" + kind + "/" + Fields.text(spec, "scaleTargetRef", "name") + "\n");
        w.write(LEVEL_0, "Metrics:\t( current / target )\n");
        int i = 0;
        for (JsonNode metric : spec.path("metrics")) {
            metric(w, metric, status.path("currentMetrics").path(i++));
        }
        w.write(LEVEL_0, "Min replicas:\t" + DescribeSections.orUnset(spec.path("minReplicas"), "") + "\n");
        w.write(LEVEL_0, "Max replicas:\t" + spec.path("maxReplicas").asLong() + "\n");
        if (spec.path("behavior").isObject()) {
            w.write(LEVEL_0, "Behavior:\n");
            behavior(w, "Scale Up", spec.path("behavior").path("scaleUp"));
            behavior(w, "Scale Down", spec.path("behavior").path("scaleDown"));
        }
        w.write(LEVEL_0, kind + " pods:\t" + status.path("currentReplicas").asLong() + " current / "
                + status.path("desiredReplicas").asLong() + " desired\n");
        if (!status.path("conditions").isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n");
            w.write(LEVEL_1, "Type\tStatus\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t------\t-------\n");
            for (JsonNode c : status.path("conditions")) {
                w.write(LEVEL_1, c.path("type").asText("") + "\t" + c.path("status").asText("") + "\t"
                        + c.path("reason").asText("") + "\t" + c.path("message").asText("") + "\n");
            }
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    private static void metric(PrefixWriter w, JsonNode metric, JsonNode current) {
        String type = metric.path("type").asText("");
        switch (type) {
            case "External" -> {
                JsonNode target = metric.path("external").path("target");
                String name = quoted(Fields.text(metric, "external", "metric", "name"));
                if (Fields.isSet(target, "averageValue")) {
                    w.write(LEVEL_1, name + " (target average value):\t" + value(current, "external", "averageValue")
                            + " / " + q(target.path("averageValue")) + "\n");
                } else {
                    w.write(LEVEL_1, name + " (target value):\t" + value(current, "external", "value") + " / "
                            + q(target.path("value")) + "\n");
                }
            }
            case "Pods" -> w.write(LEVEL_1, quoted(Fields.text(metric, "pods", "metric", "name")) + " on pods:\t"
                    + value(current, "pods", "averageValue") + " / "
                    + q(metric.path("pods").path("target").path("averageValue")) + "\n");
            case "Object" -> {
                JsonNode object = metric.path("object");
                w.write(LEVEL_1, quoted(Fields.text(object, "metric", "name")) + " on "
                        + Fields.text(object, "describedObject", "kind") + "/"
                        + Fields.text(object, "describedObject", "name") + " ");
                if ("AverageValue".equals(Fields.text(object, "target", "type"))) {
                    w.write(LEVEL_0, "(target average value):\t" + value(current, "object", "averageValue") + " / "
                            + q(object.path("target").path("averageValue")) + "\n");
                } else {
                    w.write(LEVEL_0, "(target value):\t" + value(current, "object", "value") + " / "
                            + q(object.path("target").path("value")) + "\n");
                }
            }
            case "Resource", "ContainerResource" -> {
                String field = type.equals("Resource") ? "resource" : "containerResource";
                JsonNode source = metric.path(field);
                String subject = type.equals("Resource") ? "resource " + Fields.text(source, "name") + " on pods"
                        : "resource " + Fields.text(source, "name") + " of container \""
                        + Fields.text(source, "container") + "\" on pods";
                w.write(LEVEL_1, subject);
                JsonNode target = source.path("target");
                if (Fields.isSet(target, "averageValue")) {
                    w.write(LEVEL_0, ":\t" + value(current, field, "averageValue") + " / "
                            + q(target.path("averageValue")) + "\n");
                } else {
                    JsonNode now = current.path(field).path("current");
                    String currentText = now.path("averageUtilization").isNumber()
                            ? now.path("averageUtilization").asLong() + "% (" + q(now.path("averageValue")) + ")"
                            : "<unknown>";
                    String targetText = target.path("averageUtilization").isNumber()
                            ? target.path("averageUtilization").asLong() + "%" : "<auto>";
                    w.write(LEVEL_1, "(as a percentage of request):\t" + currentText + " / " + targetText + "\n");
                }
            }
            default -> w.write(LEVEL_1, "<unknown metric type " + quoted(type) + ">\n");
        }
    }

    private static String value(JsonNode current, String source, String field) {
        JsonNode v = current.path(source).path("current").path(field);
        return v.isMissingNode() || v.isNull() ? "<unknown>" : q(v);
    }

    private static String q(JsonNode quantity) {
        return Quantity.parseOrZero(quantity.asText("")).toString();
    }

    /** Go's {@code %q}. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void behavior(PrefixWriter w, String direction, JsonNode rules) {
        if (!rules.isObject()) {
            return;
        }
        w.write(LEVEL_1, direction + ":\n");
        if (rules.path("stabilizationWindowSeconds").isNumber()) {
            w.write(LEVEL_2, "Stabilization Window: " + rules.path("stabilizationWindowSeconds").asLong()
                    + " seconds\n");
        }
        if (!rules.path("policies").isEmpty()) {
            w.write(LEVEL_2, "Select Policy: " + rules.path("selectPolicy").asText("Max") + "\n");
            w.write(LEVEL_2, "Policies:\n");
            for (JsonNode p : rules.path("policies")) {
                w.write(LEVEL_3, "- Type: " + p.path("type").asText("") + "\tValue: " + p.path("value").asLong()
                        + "\tPeriod: " + p.path("periodSeconds").asLong() + " seconds\n");
            }
        }
    }
}
