package io.krmcp.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Kubernetes API server for the benchmark: pods in namespaces of fixed sizes, answered as a real server
 * answers kubectl (server-side Tables when asked, {@code limit}/{@code continue} paging, single objects), from
 * responses rendered once, so it costs well under a millisecond and the figures measure the MCP server.
 */
final class FakeApiServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK's HTTP server meets the client's delayed ACK: 40 ms per response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private static final String CREATED = Instant.parse("2026-01-01T00:00:00Z").toString();

    private final HttpServer http;
    private final Map<String, List<ObjectNode>> pods = new LinkedHashMap<>();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    FakeApiServer(Map<String, Integer> namespaces) throws IOException {
        namespaces.forEach((ns, count) -> {
            List<ObjectNode> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(pod(ns, "web-" + String.format("%05d", i), i));
            }
            pods.put(ns, list);
        });
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        http.setExecutor(Executors.newFixedThreadPool(8));
        http.createContext("/", this::handle);
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    List<ObjectNode> pods(String namespace) {
        return pods.get(namespace);
    }

    private static ObjectNode pod(String ns, String name, int i) {
        ObjectNode pod = JSON.createObjectNode();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        ObjectNode meta = pod.putObject("metadata");
        meta.put("name", name);
        meta.put("namespace", ns);
        meta.put("uid", UUID.nameUUIDFromBytes((ns + name).getBytes(StandardCharsets.UTF_8)).toString());
        meta.put("resourceVersion", String.valueOf(1000 + i));
        meta.put("creationTimestamp", CREATED);
        meta.putObject("labels").put("app", "web").put("pod-template-hash", "7d4b9c8f6");
        ObjectNode spec = pod.putObject("spec");
        spec.put("nodeName", "node-" + (i % 3));
        ObjectNode c = spec.putArray("containers").addObject();
        c.put("name", "web");
        c.put("image", "nginx:1.27.2");
        c.putObject("resources").putObject("requests").put("cpu", "100m").put("memory", "128Mi");
        ObjectNode status = pod.putObject("status");
        status.put("phase", "Running");
        status.put("podIP", "10.244." + (i / 250) + "." + (i % 250));
        status.put("startTime", CREATED);
        ObjectNode cs = status.putArray("containerStatuses").addObject();
        cs.put("name", "web");
        cs.put("ready", true);
        cs.put("restartCount", i % 4);
        cs.putObject("state").putObject("running").put("startedAt", CREATED);
        status.putArray("conditions").addObject().put("type", "Ready").put("status", "True");
        return pod;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean table = String.valueOf(exchange.getRequestHeaders().getFirst("Accept")).contains("as=Table");
            byte[] body;
            int code = 200;
            String[] parts = path.split("/");
            if (path.equals("/version")) {
                body = "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.0\"}".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/api/v1/pods")) {
                body = page(null, query, table);
            } else if (parts.length == 6 && parts[3].equals("namespaces") && parts[5].equals("pods")
                    && pods.containsKey(parts[4])) {
                body = page(parts[4], query, table);
            } else if (parts.length == 7 && parts[3].equals("namespaces") && parts[5].equals("pods")
                    && pods.containsKey(parts[4])) {
                body = one(parts[4], parts[6], table);
                if (body == null) {
                    code = 404;
                    body = status(404, "NotFound", "pods \"" + parts[6] + "\" not found");
                }
            } else {
                code = 404;
                body = status(404, "NotFound", "the server could not find the requested resource");
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    q.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private byte[] page(String namespace, Map<String, String> query, boolean table) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "0"));
        int from = Integer.parseInt(query.getOrDefault("continue", "0"));
        String key = namespace + "|" + limit + "|" + from + "|" + table + "|" + query.getOrDefault("includeObject", "");
        return cache.computeIfAbsent(key, k -> {
            List<ObjectNode> all = new ArrayList<>();
            if (namespace == null) {
                pods.values().forEach(all::addAll);
            } else {
                all.addAll(pods.get(namespace));
            }
            return render(all, limit, from, table, query.getOrDefault("includeObject", "Metadata"));
        });
    }

    private static byte[] render(List<ObjectNode> all, int limit, int from, boolean table, String includeObject) {
        int to = limit > 0 ? Math.min(all.size(), from + limit) : all.size();
        List<ObjectNode> items = all.subList(from, to);
        ObjectNode list = JSON.createObjectNode();
        ObjectNode meta = JSON.createObjectNode().put("resourceVersion", "5000");
        if (to < all.size()) {
            meta.put("continue", String.valueOf(to));
            meta.put("remainingItemCount", all.size() - to);
        }
        if (!table) {
            list.put("kind", "PodList");
            list.put("apiVersion", "v1");
            list.set("metadata", meta);
            ArrayNode arr = list.putArray("items");
            items.forEach(arr::add);
            return bytes(list);
        }
        list.put("kind", "Table");
        list.put("apiVersion", "meta.k8s.io/v1");
        list.set("metadata", meta);
        ArrayNode columns = list.putArray("columnDefinitions");
        String[][] defs = {{"Name", "string", "name", "0"}, {"Ready", "string", "", "0"}, {"Status", "string", "", "0"},
            {"Restarts", "string", "", "0"}, {"Age", "string", "", "0"}, {"IP", "string", "", "1"},
            {"Node", "string", "", "1"}, {"Nominated Node", "string", "", "1"}, {"Readiness Gates", "string", "", "1"}};
        for (String[] d : defs) {
            columns.addObject().put("name", d[0]).put("type", d[1]).put("format", d[2])
                    .put("description", d[0]).put("priority", Integer.parseInt(d[3]));
        }
        ArrayNode rows = list.putArray("rows");
        for (ObjectNode pod : items) {
            ObjectNode row = rows.addObject();
            ArrayNode cells = row.putArray("cells");
            cells.add(pod.path("metadata").path("name").asText()).add("1/1").add("Running")
                    .add(String.valueOf(pod.path("status").path("containerStatuses").path(0).path("restartCount")
                            .asInt())).add("325d").add(pod.path("status").path("podIP").asText())
                    .add(pod.path("spec").path("nodeName").asText()).add("<none>").add("<none>");
            if (includeObject.equals("Object")) {
                row.set("object", pod);
            } else if (!includeObject.equals("None")) {
                ObjectNode partial = row.putObject("object");
                partial.put("kind", "PartialObjectMetadata");
                partial.put("apiVersion", "meta.k8s.io/v1");
                partial.set("metadata", pod.path("metadata"));
            }
        }
        return bytes(list);
    }

    private byte[] one(String namespace, String name, boolean table) {
        return cache.computeIfAbsent(namespace + "/" + name + "|" + table, k -> {
            for (ObjectNode pod : pods.get(namespace)) {
                if (pod.path("metadata").path("name").asText().equals(name)) {
                    return table ? render(List.of(pod), 0, 0, true, "Metadata") : bytes(pod);
                }
            }
            return null;
        });
    }

    private static byte[] status(int code, String reason, String message) {
        return bytes(JSON.createObjectNode().put("kind", "Status").put("apiVersion", "v1").put("status", "Failure")
                .put("message", message).put("reason", reason).put("code", code));
    }

    private static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
