package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kubectl's {@code describeContainers}: one block per container, as pods print them ({@code space} empty, with
 * statuses) and pod templates print them ({@code space} two blanks, no statuses, no pod to resolve fields from).
 */
final class ContainerSection {

    private ContainerSection() {
    }

    static void write(PrefixWriter w, String space, String label, JsonNode containers, JsonNode statuses,
                      JsonNode pod) {
        w.write(LEVEL_0, space + label + ":" + (containers.isEmpty() ? " <none>" : "") + "\n");
        for (JsonNode c : containers) {
            JsonNode status = null;
            for (JsonNode s : statuses) {
                if (s.path("name").asText().equals(c.path("name").asText())) {
                    status = s;
                }
            }
            w.write(LEVEL_1, (space.isEmpty() ? "" : " ") + c.path("name").asText() + ":\n");
            if (status != null) {
                w.write(LEVEL_2, "Container ID:\t" + status.path("containerID").asText("") + "\n");
            }
            w.write(LEVEL_2, "Image:\t" + c.path("image").asText("") + "\n");
            if (status != null) {
                w.write(LEVEL_2, "Image ID:\t" + status.path("imageID").asText("") + "\n");
            }
            ports(w, c.path("ports"));
            String seccomp = c.path("securityContext").path("seccompProfile").path("type").asText("");
            if (!seccomp.isEmpty()) {
                w.write(LEVEL_2, "SeccompProfile:\t" + seccomp + "\n");
                if (seccomp.equals("Localhost")) {
                    w.write(LEVEL_3, "LocalhostProfile:\t" + c.path("securityContext").path("seccompProfile")
                            .path("localhostProfile").asText("") + "\n");
                }
            }
            lines(w, "Command", c.path("command"));
            lines(w, "Args", c.path("args"));
            if (status != null) {
                state(w, "State", status.path("state"));
                if (status.path("lastState").path("terminated").isObject()) {
                    state(w, "Last State", status.path("lastState"));
                }
                w.write(LEVEL_2, "Ready:\t" + (status.path("ready").asBoolean(false) ? "True" : "False") + "\n");
                w.write(LEVEL_2, "Restart Count:\t" + status.path("restartCount").asInt(0) + "\n");
            }
            resources(w, "Limits", c.path("resources").path("limits"));
            resources(w, "Requests", c.path("resources").path("requests"));
            probe(w, "Liveness", c.path("livenessProbe"));
            probe(w, "Readiness", c.path("readinessProbe"));
            probe(w, "Startup", c.path("startupProbe"));
            envFrom(w, c.path("envFrom"));
            env(w, c.path("env"), pod);
            mounts(w, c.path("volumeMounts"));
        }
    }

    private static void ports(PrefixWriter w, JsonNode ports) {
        List<String> container = new ArrayList<>();
        List<String> host = new ArrayList<>();
        for (JsonNode p : ports) {
            String protocol = p.path("protocol").asText("TCP");
            String name = p.path("name").asText("");
            String suffix = name.isEmpty() ? "" : " (" + name + ")";
            container.add(p.path("containerPort").asInt() + "/" + protocol + suffix);
            host.add(p.path("hostPort").asInt(0) + "/" + protocol + suffix);
        }
        String portText = String.join(", ", container);
        String hostText = String.join(", ", host);
        w.write(LEVEL_2, (portText.contains(",") ? "Ports:\t" : "Port:\t") + orNone(portText) + "\n");
        w.write(LEVEL_2, (hostText.contains(",") ? "Host Ports:\t" : "Host Port:\t") + orNone(hostText) + "\n");
    }

    private static void lines(PrefixWriter w, String title, JsonNode values) {
        if (values.isEmpty()) {
            return;
        }
        w.write(LEVEL_2, title + ":\n");
        for (JsonNode v : values) {
            for (String line : v.asText().split("\n", -1)) {
                w.write(LEVEL_3, line + "\n");
            }
        }
    }

    private static void state(PrefixWriter w, String title, JsonNode state) {
        if (state.path("running").isObject()) {
            w.write(LEVEL_2, title + ":\tRunning\n");
            w.write(LEVEL_3, "Started:\t" + DescribeSections.time(state.path("running").path("startedAt").asText("")) + "\n");
        } else if (state.path("waiting").isObject()) {
            w.write(LEVEL_2, title + ":\tWaiting\n");
            String reason = state.path("waiting").path("reason").asText("");
            if (!reason.isEmpty()) {
                w.write(LEVEL_3, "Reason:\t" + reason + "\n");
            }
        } else if (state.path("terminated").isObject()) {
            JsonNode t = state.path("terminated");
            w.write(LEVEL_2, title + ":\tTerminated\n");
            if (!t.path("reason").asText("").isEmpty()) {
                w.write(LEVEL_3, "Reason:\t" + t.path("reason").asText() + "\n");
            }
            if (!t.path("message").asText("").isEmpty()) {
                w.write(LEVEL_3, "Message:\t" + t.path("message").asText() + "\n");
            }
            w.write(LEVEL_3, "Exit Code:\t" + t.path("exitCode").asInt() + "\n");
            if (t.path("signal").asInt(0) > 0) {
                w.write(LEVEL_3, "Signal:\t" + t.path("signal").asInt() + "\n");
            }
            w.write(LEVEL_3, "Started:\t" + DescribeSections.time(t.path("startedAt").asText("")) + "\n");
            w.write(LEVEL_3, "Finished:\t" + DescribeSections.time(t.path("finishedAt").asText("")) + "\n");
        } else {
            w.write(LEVEL_2, title + ":\tWaiting\n");
        }
    }

    private static void resources(PrefixWriter w, String title, JsonNode map) {
        if (!map.isObject() || map.isEmpty()) {
            return;
        }
        w.write(LEVEL_2, title + ":\n");
        Map<String, String> sorted = new TreeMap<>();
        map.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        sorted.forEach((k, v) -> w.write(LEVEL_3, k + ":\t" + v + "\n"));
    }

    /** {@code DescribeProbe}: {@code http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3}. */
    private static void probe(PrefixWriter w, String title, JsonNode p) {
        if (!p.isObject()) {
            return;
        }
        String attrs = "delay=" + p.path("initialDelaySeconds").asInt(0) + "s timeout=" + p.path("timeoutSeconds")
                .asInt(1) + "s period=" + p.path("periodSeconds").asInt(10) + "s #success="
                + p.path("successThreshold").asInt(1) + " #failure=" + p.path("failureThreshold").asInt(3);
        String text;
        if (p.path("exec").isObject()) {
            List<String> cmd = new ArrayList<>();
            p.path("exec").path("command").forEach(c -> cmd.add(c.asText()));
            text = "exec [" + String.join(" ", cmd) + "] " + attrs;
        } else if (p.path("httpGet").isObject()) {
            JsonNode h = p.path("httpGet");
            text = "http-get " + h.path("scheme").asText("HTTP").toLowerCase(Locale.ROOT) + "://"
                    + h.path("host").asText("") + ":" + h.path("port").asText() + h.path("path").asText("") + " " + attrs;
        } else if (p.path("tcpSocket").isObject()) {
            text = "tcp-socket " + p.path("tcpSocket").path("host").asText("") + ":"
                    + p.path("tcpSocket").path("port").asText() + " " + attrs;
        } else if (p.path("grpc").isObject()) {
            text = "grpc <pod>:" + p.path("grpc").path("port").asInt() + " " + p.path("grpc").path("service")
                    .asText("") + " " + attrs;
        } else {
            text = "unknown " + attrs;
        }
        w.write(LEVEL_2, title + ":\t" + text + "\n");
    }

    private static void envFrom(PrefixWriter w, JsonNode envFrom) {
        if (envFrom.isEmpty()) {
            return;
        }
        w.write(LEVEL_2, "Environment Variables from:\n");
        for (JsonNode e : envFrom) {
            boolean configMap = e.path("configMapRef").isObject();
            JsonNode ref = configMap ? e.path("configMapRef") : e.path("secretRef");
            String from = configMap ? "ConfigMap" : "Secret";
            String prefix = e.path("prefix").asText("");
            w.write(LEVEL_3, ref.path("name").asText() + "\t" + from + (prefix.isEmpty() ? "" : " with prefix '"
                    + prefix + "'") + "\tOptional: " + ref.path("optional").asBoolean(false) + "\n");
        }
    }

    /** Values from Secrets are never resolved: kubectl itself prints only where they come from. */
    private static void env(PrefixWriter w, JsonNode env, JsonNode pod) {
        w.write(LEVEL_2, "Environment:" + (env.isEmpty() ? "\t<none>" : "") + "\n");
        for (JsonNode e : env) {
            String name = e.path("name").asText();
            JsonNode from = e.path("valueFrom");
            if (!from.isObject()) {
                String[] parts = e.path("value").asText("").split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    w.write(LEVEL_3, (i == 0 ? name + ":\t" : "\t") + parts[i] + "\n");
                }
            } else if (from.path("fieldRef").isObject()) {
                String path = from.path("fieldRef").path("fieldPath").asText();
                JsonNode value = pod == null ? null : pod.at("/" + path.replace('.', '/'));
                w.write(LEVEL_3, name + ":\t" + (value != null && value.isValueNode() ? value.asText() : "") + " ("
                        + from.path("fieldRef").path("apiVersion").asText("v1") + ":" + path + ")\n");
            } else if (from.path("resourceFieldRef").isObject()) {
                w.write(LEVEL_3, name + ":\t (" + from.path("resourceFieldRef").path("resource").asText() + ")\n");
            } else if (from.path("secretKeyRef").isObject()) {
                JsonNode ref = from.path("secretKeyRef");
                w.write(LEVEL_3, name + ":\t<set to the key '" + ref.path("key").asText() + "' in secret '"
                        + ref.path("name").asText() + "'>\tOptional: " + ref.path("optional").asBoolean(false) + "\n");
            } else if (from.path("configMapKeyRef").isObject()) {
                JsonNode ref = from.path("configMapKeyRef");
                w.write(LEVEL_3, name + ":\t<set to the key '" + ref.path("key").asText() + "' of config map '"
                        + ref.path("name").asText() + "'>\tOptional: " + ref.path("optional").asBoolean(false) + "\n");
            }
        }
    }

    private static void mounts(PrefixWriter w, JsonNode mounts) {
        w.write(LEVEL_2, "Mounts:" + (mounts.isEmpty() ? "\t<none>" : "") + "\n");
        List<JsonNode> sorted = new ArrayList<>();
        mounts.forEach(sorted::add);
        sorted.sort(Comparator.comparing(m -> m.path("mountPath").asText()));
        for (JsonNode m : sorted) {
            List<String> flags = new ArrayList<>();
            flags.add(m.path("readOnly").asBoolean(false) ? "ro" : "rw");
            if (!m.path("subPath").asText("").isEmpty()) {
                flags.add("path=\"" + m.path("subPath").asText() + "\"");
            }
            w.write(LEVEL_3, m.path("mountPath").asText() + " from " + m.path("name").asText() + " ("
                    + String.join(",", flags) + ")\n");
        }
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "<none>" : s;
    }
}
