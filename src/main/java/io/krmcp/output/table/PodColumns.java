package io.krmcp.output.table;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code printPod}: READY, STATUS with its reason rules, RESTARTS with the last restart's age. */
final class PodColumns implements KindColumns {

    @Override
    public List<Table.Column> columns() {
        return List.of(Table.Column.always("NAME"), Table.Column.always("READY"), Table.Column.always("STATUS"),
                Table.Column.always("RESTARTS"), Table.Column.always("AGE"), Table.Column.wide("IP"),
                Table.Column.wide("NODE"), Table.Column.wide("NOMINATED NODE"), Table.Column.wide("READINESS GATES"));
    }

    @Override
    public List<String> cells(JsonNode pod, Instant now) {
        JsonNode spec = pod.path("spec");
        JsonNode status = pod.path("status");
        Map<String, JsonNode> initSpecs = new HashMap<>();
        int totalContainers = spec.path("containers").size();
        for (JsonNode c : spec.path("initContainers")) {
            initSpecs.put(c.path("name").asText(), c);
            if (isSidecar(c)) {
                totalContainers++;
            }
        }
        String reason = Fields.text(status, "phase");
        if (!Fields.text(status, "reason").isEmpty()) {
            reason = Fields.text(status, "reason");
        }
        for (JsonNode cond : status.path("conditions")) {
            if ("PodScheduled".equals(cond.path("type").asText())
                    && "SchedulingGated".equals(cond.path("reason").asText())) {
                reason = "SchedulingGated";
            }
        }
        Restarts restarts = new Restarts();
        Restarts sidecarRestarts = new Restarts();
        int ready = 0;
        boolean initializing = false;
        JsonNode initStatuses = status.path("initContainerStatuses");
        int initCount = spec.path("initContainers").size();
        for (int i = 0; i < initStatuses.size(); i++) {
            JsonNode c = initStatuses.get(i);
            restarts.add(c);
            boolean sidecar = isSidecar(initSpecs.get(c.path("name").asText()));
            if (sidecar) {
                sidecarRestarts.add(c);
            }
            JsonNode terminated = c.path("state").path("terminated");
            JsonNode waiting = c.path("state").path("waiting");
            if (terminated.isObject() && terminated.path("exitCode").asInt() == 0) {
                continue;
            }
            if (sidecar && c.path("started").asBoolean(false)) {
                if (c.path("ready").asBoolean(false)) {
                    ready++;
                }
                continue;
            }
            if (terminated.isObject()) {
                String r = terminated.path("reason").asText("");
                if (r.isEmpty()) {
                    int signal = terminated.path("signal").asInt(0);
                    reason = signal != 0 ? "Init:Signal:" + signal : "Init:ExitCode:" + terminated.path("exitCode").asInt();
                } else {
                    reason = "Init:" + r;
                }
            } else if (waiting.isObject() && !waiting.path("reason").asText("").isEmpty()
                    && !"PodInitializing".equals(waiting.path("reason").asText())) {
                reason = "Init:" + waiting.path("reason").asText();
            } else {
                reason = "Init:" + i + "/" + initCount;
            }
            initializing = true;
            break;
        }
        if (!initializing || conditionTrue(status, "Initialized")) {
            restarts = sidecarRestarts;
            boolean hasRunning = false;
            JsonNode statuses = status.path("containerStatuses");
            for (int i = statuses.size() - 1; i >= 0; i--) {
                JsonNode c = statuses.get(i);
                restarts.add(c);
                JsonNode waiting = c.path("state").path("waiting");
                JsonNode terminated = c.path("state").path("terminated");
                if (waiting.isObject() && !waiting.path("reason").asText("").isEmpty()) {
                    reason = waiting.path("reason").asText();
                } else if (terminated.isObject() && !terminated.path("reason").asText("").isEmpty()) {
                    reason = terminated.path("reason").asText();
                } else if (terminated.isObject()) {
                    int signal = terminated.path("signal").asInt(0);
                    reason = signal != 0 ? "Signal:" + signal : "ExitCode:" + terminated.path("exitCode").asInt();
                } else if (c.path("ready").asBoolean(false) && c.path("state").path("running").isObject()) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = conditionTrue(status, "Ready") ? "Running" : "NotReady";
            }
        }
        String phase = Fields.text(status, "phase");
        if (Fields.isSet(pod, "metadata", "deletionTimestamp")) {
            if ("NodeLost".equals(Fields.text(status, "reason"))) {
                reason = "Unknown";
            } else if (!"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                reason = "Terminating";
            }
        }
        String restartText = String.valueOf(restarts.count);
        if (restarts.count != 0 && restarts.last != null) {
            restartText = restarts.count + " (" + HumanDuration.format(Duration.between(restarts.last, now))
                    + " ago)";
        }
        String ip = status.path("podIPs").size() > 0 ? status.path("podIPs").get(0).path("ip").asText("")
                : Fields.text(status, "podIP");
        return List.of(KubeObject.name(pod), ready + "/" + totalContainers, reason, restartText,
                HumanDuration.since(KubeObject.creationTimestamp(pod), now),
                Fields.orNone(ip), Fields.orNone(Fields.text(spec, "nodeName")),
                Fields.orNone(Fields.text(status, "nominatedNodeName")), readinessGates(spec, status));
    }

    private static String readinessGates(JsonNode spec, JsonNode status) {
        JsonNode gates = spec.path("readinessGates");
        if (gates.isEmpty()) {
            return "<none>";
        }
        int trueConditions = 0;
        for (JsonNode gate : gates) {
            for (JsonNode cond : status.path("conditions")) {
                if (cond.path("type").asText().equals(gate.path("conditionType").asText())) {
                    if ("True".equals(cond.path("status").asText())) {
                        trueConditions++;
                    }
                    break;
                }
            }
        }
        return trueConditions + "/" + gates.size();
    }

    private static boolean isSidecar(JsonNode initContainer) {
        return initContainer != null && "Always".equals(initContainer.path("restartPolicy").asText());
    }

    private static boolean conditionTrue(JsonNode status, String type) {
        for (JsonNode cond : status.path("conditions")) {
            if (type.equals(cond.path("type").asText())) {
                return "True".equals(cond.path("status").asText());
            }
        }
        return false;
    }

    /** Restart count plus the newest last-termination time, as kubectl accumulates them. */
    private static final class Restarts {
        int count;
        Instant last;

        void add(JsonNode containerStatus) {
            count += containerStatus.path("restartCount").asInt(0);
            String finished = Fields.text(containerStatus, "lastState", "terminated", "finishedAt");
            if (!finished.isEmpty()) {
                Instant t = Instant.parse(finished);
                if (last == null || last.isBefore(t)) {
                    last = t;
                }
            }
        }
    }
}
