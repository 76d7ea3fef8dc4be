package io.krmcp.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.MergePatch;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.ResourceTypes;

/**
 * The mock server's CRUD store, seeded directly (a POST would stamp every object with a new uid and the current
 * time, and the demo needs its own: ages of days, owner references and event subjects that match), and taught the
 * few things a real API server does that the verbs rely on: container logs, field selectors, server-side dry run,
 * the {@code scale} subresource and strategic merge patches.
 */
final class DemoDispatcher extends KubernetesCrudDispatcher {

    private static final Pattern LOG_PATH = Pattern.compile("/api/v1/namespaces/[a-z0-9-]+/pods/([a-z0-9-]+)/log(\\?.*)?");
    private static final Pattern SCALE_PATH = Pattern.compile("(/.+)/scale(\\?.*)?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRATEGIC = "application/strategic-merge-patch+json";
    private static final Pattern EVICTION_PATH = Pattern.compile("(/api/v1/namespaces/[a-z0-9-]+/pods/[a-z0-9.-]+)"
            + "/eviction(\\?.*)?");

    private final DemoDiscovery discovery = new DemoDiscovery(JSON);
    private final DemoMetrics metrics = new DemoMetrics(JSON, this::items);
    private final DemoExec exec = new DemoExec(this::stored);

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse response = withNotFoundStatus(request.getPath(), route(request));
        // the mock labels nothing; kubectl reads an unlabelled answer as protobuf, so say what a real server says
        if (response.getWebSocketListener() == null && response.header("Content-Type") == null) {
            response.setHeader("Content-Type", LOG_PATH.matcher(request.getPath()).matches() ? "text/plain"
                    : "application/json");
        }
        return response;
    }

    /**
     * The mock answers a missing object with an empty 404; a real server sends a Status naming it, which kubectl
     * prints ({@code pods "x" not found}).
     */
    private static MockResponse withNotFoundStatus(String path, MockResponse response) {
        if (response.code() != 404 || (response.getBody() != null && response.getBody().size() > 0)) {
            return response;
        }
        String[] segments = path.replaceFirst("\\?.*", "").split("/");
        String name = segments[segments.length - 1];
        Optional<ResourceType> type = typeAt(segments, 2);
        if (type.isEmpty()) {
            return response;
        }
        ObjectNode status = JSON.createObjectNode().put("kind", "Status").put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Failure").put("message", type.get().groupResource() + " \"" + name + "\" not found")
                .put("reason", "NotFound");
        status.putObject("details").put("name", name).put("group", type.get().group()).put("kind", type.get().plural());
        status.put("code", 404);
        return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                .setBody(status.toString());
    }

    /** The built-in type whose plural is the path segment {@code fromEnd} from the end, in the path's group. */
    private static Optional<ResourceType> typeAt(String[] segments, int fromEnd) {
        if (segments.length < fromEnd + 2) {
            return Optional.empty();
        }
        String plural = segments[segments.length - fromEnd];
        String group = segments[1].equals("apis") && segments.length > 2 ? segments[2] : "";
        return ResourceTypes.builtins().stream()
                .filter(t -> t.plural().equals(plural) && t.group().equals(group)).findFirst();
    }

    private MockResponse route(RecordedRequest request) {
        String method = request.getMethod();
        String path = request.getPath();
        Matcher log = LOG_PATH.matcher(path);
        if ("GET".equals(method) && log.matches()) {
            return log(log.group(1), log.group(2) == null ? "" : log.group(2));
        }
        if ("GET".equals(method) || "POST".equals(method)) {
            var execution = exec.answer(path);
            if (execution.isPresent()) {
                return execution.get();
            }
        }
        if ("GET".equals(method)) {
            var known = discovery.answer(path.replaceFirst("\\?.*", "")); // kubectl adds ?timeout=32s
            if (known.isPresent()) {
                // a real server labels these; without it kubectl takes them for aggregated discovery and finds nothing
                return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                        .setBody(known.get());
            }
            var usage = metrics.answer(path);
            if (usage.isPresent()) {
                return new MockResponse().setResponseCode(usage.get().code())
                        .setHeader("Content-Type", "application/json").setBody(usage.get().body());
            }
        }
        if ("POST".equals(method) && path.startsWith("/apis/authentication.k8s.io/v1/selfsubjectreviews")) {
            // the identity the demo acts as, for whoami
            return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json").setBody(
                    "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"SelfSubjectReview\",\"status\":"
                            + "{\"userInfo\":{\"username\":\"demo-user\",\"groups\":[\"system:authenticated\"]}}}");
        }
        Matcher eviction = EVICTION_PATH.matcher(path);
        if ("POST".equals(method) && eviction.matches()) {
            return evict(request, eviction.group(1));
        }
        if (!"GET".equals(method) && isDryRun(request)) {
            return dryRun(method, path);
        }
        Matcher scale = SCALE_PATH.matcher(path);
        if (scale.matches()) {
            return scale(request, scale.group(1));
        }
        String contentType = request.getHeader("Content-Type");
        if ("PATCH".equals(method) && contentType != null && (contentType.startsWith(STRATEGIC)
                || contentType.startsWith("application/merge-patch+json"))) {
            return mergePatch(request);
        }
        // A copy: the mock consumes the body it reads, and the recorded request should keep it for inspection.
        return super.dispatch("GET".equals(method) ? request : copy(request, contentType));
    }

    /**
     * The request with its own copy of the body, under another content type if given. The mock knows JSON and merge
     * patches only, so a strategic merge patch is applied as a merge patch: the same for fields and maps; lists are
     * replaced where a real server would merge them by key (a demo approximation).
     */
    private static RecordedRequest copy(RecordedRequest request, String contentType) {
        Headers headers = contentType == null ? request.getHeaders()
                : request.getHeaders().newBuilder().set("Content-Type", contentType).build();
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().getBytes();
        return new RecordedRequest(request.getHttpVersion(), request.method(), request.getPath(), headers,
                new Buffer(body));
    }

    /** The mock has no logs; the demo serves canned ones from {@code demo/logs/}, honouring tailLines and previous. */
    private static MockResponse log(String pod, String query) {
        boolean previous = query.contains("previous=true");
        String file = "/io/krmcp/demo/logs/" + pod + (previous ? ".previous" : "") + ".log";
        try (InputStream in = DemoDispatcher.class.getResourceAsStream(file)) {
            if (in == null) {
                return new MockResponse().setResponseCode(previous ? 400 : 200)
                        .setBody(previous ? "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"BadRequest\","
                                + "\"code\":400,\"message\":\"previous terminated container not found\"}" : "");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher tail = Pattern.compile("tailLines=(\\d+)").matcher(query);
            if (tail.find()) {
                String[] lines = text.split("\n");
                int n = Math.min(lines.length, Integer.parseInt(tail.group(1)));
                text = n == 0 ? "" : String.join("\n", Arrays.copyOfRange(lines, lines.length - n, lines.length))
                        + "\n";
            }
            return new MockResponse().setResponseCode(200).setBody(text);
        } catch (IOException e) {
            return new MockResponse().setResponseCode(500);
        }
    }

    /**
     * The Eviction API without disruption budgets (the demo has none): the pod is deleted with the eviction's
     * delete options, or left alone for a dry run.
     */
    private MockResponse evict(RecordedRequest request, String podPath) {
        MockResponse current = super.handleGet(podPath);
        if (current.code() != 200) {
            return current;
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().getBytes();
        boolean dryRun = new String(body, StandardCharsets.UTF_8).contains("\"All\"");
        if (!dryRun) {
            MockResponse deleted = super.dispatch(new RecordedRequest(request.getHttpVersion(), HttpMethod.DELETE,
                    podPath, request.getHeaders(), new Buffer(new byte[0])));
            if (deleted.code() >= 300) {
                return deleted;
            }
        }
        return new MockResponse().setResponseCode(201).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                + "\"status\":\"Success\",\"code\":201}");
    }

    /** A stored object, if there is one at the path. */
    private Optional<JsonNode> stored(String path) {
        MockResponse response = super.handleGet(path);
        try {
            return response.code() == 200 ? Optional.of(JSON.readTree(response.getBody().getBytes()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The items of a stored list (field selectors evaluated as {@link #handleGet} does). */
    private JsonNode items(String path) {
        MockResponse response = handleGet(path);
        try {
            return response.code() == 200 ? JSON.readTree(response.getBody().getBytes()).path("items")
                    : JSON.createArrayNode();
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }

    /** {@code dryRun=All} in the query (patch, update, create) or in DeleteOptions (delete). */
    private static boolean isDryRun(RecordedRequest request) {
        if (request.getPath().contains("dryRun=All")) {
            return true;
        }
        if (!"DELETE".equals(request.getMethod()) || request.getBody() == null) {
            return false;
        }
        try {
            return JSON.readTree(request.getBody().getBytes()).path("dryRun").toString().contains("All");
        } catch (IOException e) {
            return false;
        }
    }

    /** A dry run changes nothing: the answer is the object as stored (a real server would show the result). */
    private MockResponse dryRun(String method, String path) {
        String objectPath = path.replaceAll("\\?.*", "").replaceAll("/(scale|status)$", "");
        if ("POST".equals(method)) {
            return new MockResponse().setResponseCode(201).setBody("{}");
        }
        return super.handleGet(objectPath);
    }

    /**
     * RFC 7386 as a real server applies it (the mock appends to lists and keeps nulls): the merged object is stored
     * with a PUT. A strategic merge patch is applied the same way: the same for fields and maps; lists are replaced
     * where a real server would merge them by key (a demo approximation).
     */
    private MockResponse mergePatch(RecordedRequest request) {
        String objectPath = request.getPath().replaceAll("\\?.*", "");
        MockResponse current = super.handleGet(objectPath.replaceAll("/status$", ""));
        if (current.code() != 200) {
            return current;
        }
        try {
            JsonNode merged = MergePatch.apply(JSON.readTree(current.getBody().getBytes()),
                    JSON.readTree(request.getBody().getBytes()));
            Headers headers = request.getHeaders().newBuilder().set("Content-Type", "application/json").build();
            MockResponse stored = super.dispatch(new RecordedRequest(request.getHttpVersion(), HttpMethod.PUT,
                    objectPath, headers, new Buffer(JSON.writeValueAsBytes(merged))));
            return stored.code() == 201 ? stored.setResponseCode(200) : stored;
        } catch (IOException e) {
            return new MockResponse().setResponseCode(400);
        }
    }

    /**
     * The mock keys {@code .../scale} to the object itself; a real server speaks {@code autoscaling/v1} Scale there.
     * Reads answer with a Scale; writes change {@code spec.replicas} only.
     */
    private MockResponse scale(RecordedRequest request, String objectPath) {
        MockResponse current = super.handleGet(objectPath);
        if (current.code() != 200) {
            return current;
        }
        try {
            JsonNode object = JSON.readTree(current.getBody().getBytes());
            if ("PUT".equals(request.getMethod()) || "PATCH".equals(request.getMethod())) {
                JsonNode body = JSON.readTree(request.getBody().getBytes());
                JsonNode replicas = body.path("spec").path("replicas");
                String version = body.path("metadata").path("resourceVersion").asText("");
                if (!version.isEmpty() && !version.equals(KubeObject.resourceVersion(object))) {
                    return new MockResponse().setResponseCode(409).setBody("{\"kind\":\"Status\",\"status\":\"Failure\","
                            + "\"reason\":\"Conflict\",\"code\":409,\"message\":\"Operation cannot be fulfilled: the "
                            + "object has been modified; please apply your changes to the latest version and try "
                            + "again\"}");
                }
                ((ObjectNode) object.path("spec")).set("replicas", replicas);
                RecordedRequest update = new RecordedRequest(request.getHttpVersion(), HttpMethod.PUT, objectPath,
                        request.getHeaders(), new Buffer(JSON.writeValueAsBytes(object)));
                MockResponse stored = super.dispatch(update);
                if (stored.code() >= 300) {
                    return stored;
                }
                object = JSON.readTree(stored.getBody().getBytes());
            }
            return new MockResponse().setResponseCode(200).setBody(JSON.writeValueAsString(scaleOf(object)));
        } catch (IOException e) {
            return new MockResponse().setResponseCode(500);
        }
    }

    private static ObjectNode scaleOf(JsonNode object) {
        ObjectNode scale = JSON.createObjectNode();
        scale.put("kind", "Scale");
        scale.put("apiVersion", "autoscaling/v1");
        ObjectNode metadata = scale.putObject("metadata");
        for (String field : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
            if (object.path("metadata").has(field)) {
                metadata.set(field, object.path("metadata").path(field));
            }
        }
        scale.putObject("spec").set("replicas", object.path("spec").path("replicas"));
        scale.putObject("status").set("replicas", object.path("status").path("replicas"));
        return scale;
    }

    /**
     * The mock evaluates field selectors only on metadata, so {@code spec.nodeName=...} or an events query by
     * involved object would find nothing. The demo answers such lists as a real server does: it lists without the
     * selector and keeps the items whose fields match each {@code field=value}, {@code field==value} or
     * {@code field!=value} requirement.
     */
    @Override
    public MockResponse handleGet(String path) {
        return withListKind(path, selectFields(path));
    }

    /**
     * The mock calls every collection a {@code List}; a real server says {@code PodList}, {@code EventList}, and
     * kubectl's typed clients (describe's event lookup) find nothing in a plain {@code List}.
     */
    private static MockResponse withListKind(String path, MockResponse response) {
        if (response.code() != 200 || response.getBody() == null) {
            return response;
        }
        Optional<ResourceType> type = typeAt(path.replaceFirst("\\?.*", "").split("/"), 1);
        if (type.isEmpty()) {
            return response;
        }
        try {
            JsonNode body = JSON.readTree(response.getBody().getBytes());
            if (!(body instanceof ObjectNode list) || !"List".equals(list.path("kind").asText())) {
                return response;
            }
            list.put("apiVersion", type.get().apiVersion());
            list.put("kind", type.get().kind() + "List");
            return new MockResponse().setResponseCode(200).setBody(JSON.writeValueAsString(list));
        } catch (IOException e) {
            return response;
        }
    }

    private MockResponse selectFields(String path) {
        int q = path.indexOf('?');
        if (q < 0 || !path.contains("fieldSelector=")) {
            return super.handleGet(path);
        }
        String selector = "";
        List<String> kept = new ArrayList<>();
        for (String param : path.substring(q + 1).split("&")) {
            if (param.startsWith("fieldSelector=")) {
                selector = URLDecoder.decode(param.substring("fieldSelector=".length()), StandardCharsets.UTF_8);
            } else {
                kept.add(param);
            }
        }
        String without = path.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        MockResponse response = super.handleGet(without);
        if (response.code() != 200 || response.getBody() == null) {
            return response;
        }
        try {
            JsonNode body = JSON.readTree(response.getBody().getBytes());
            if (!(body.path("items") instanceof ArrayNode items)) {
                return response;
            }
            for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
                if (!matches(it.next(), selector)) {
                    it.remove();
                }
            }
            return new MockResponse().setResponseCode(200).setBody(JSON.writeValueAsString(body));
        } catch (IOException e) {
            return response;
        }
    }

    private static boolean matches(JsonNode item, String selector) {
        for (String requirement : selector.split(",")) {
            boolean negate = requirement.contains("!=");
            String[] parts = requirement.split(negate ? "!=" : "==?", 2);
            if (parts.length != 2) {
                continue;
            }
            JsonNode v = item;
            for (String step : parts[0].strip().split("\\.")) {
                v = v.path(step);
            }
            boolean equal = (v.isValueNode() ? v.asText() : "").equals(parts[1].strip());
            if (equal == negate) {
                return false;
            }
        }
        return true;
    }

    void seed(HasMetadata object) {
        ResourceType type = ResourceTypes.builtinKind(object.getKind())
                .orElseThrow(() -> new IllegalArgumentException("demo seed has an unknown kind " + object.getKind()));
        String path = type.collectionPath(object.getMetadata().getNamespace());
        object.getMetadata().setResourceVersion(String.valueOf(requestResourceVersion()));
        if (object.getMetadata().getGeneration() == null && !"Event".equals(object.getKind())) {
            object.getMetadata().setGeneration(1L); // the mock's update handlers expect one on what they change
        }
        GenericKubernetesResource generic = Serialization.unmarshal(Serialization.asJson(object),
                GenericKubernetesResource.class);
        processEvent(path, getKey(path), null, generic, Serialization.asJson(generic));
    }
}
