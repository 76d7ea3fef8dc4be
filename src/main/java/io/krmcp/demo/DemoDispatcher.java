package io.krmcp.demo;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;

import io.krmcp.command.ResourceType;
import io.krmcp.command.ResourceTypes;

/**
 * The mock server's CRUD store, seeded directly: a POST would stamp every object with a new uid and the current
 * time, and the demo needs its own (ages of days, owner references and event subjects that match).
 */
final class DemoDispatcher extends KubernetesCrudDispatcher {

    private static final java.util.regex.Pattern LOG_PATH =
            java.util.regex.Pattern.compile("/api/v1/namespaces/[a-z0-9-]+/pods/([a-z0-9-]+)/log(\\?.*)?");

    /** The mock has no logs; the demo serves canned ones from {@code demo/logs/}, honouring tailLines and previous. */
    @Override
    public io.fabric8.mockwebserver.http.MockResponse dispatch(io.fabric8.mockwebserver.http.RecordedRequest request) {
        java.util.regex.Matcher m = LOG_PATH.matcher(request.getPath());
        if (!"GET".equals(request.getMethod()) || !m.matches()) {
            return super.dispatch(request);
        }
        String query = m.group(2) == null ? "" : m.group(2);
        boolean previous = query.contains("previous=true");
        String file = "/io/krmcp/demo/logs/" + m.group(1) + (previous ? ".previous" : "") + ".log";
        try (java.io.InputStream in = DemoDispatcher.class.getResourceAsStream(file)) {
            if (in == null) {
                return new io.fabric8.mockwebserver.http.MockResponse().setResponseCode(previous ? 400 : 200)
                        .setBody(previous ? "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"BadRequest\","
                                + "\"code\":400,\"message\":\"previous terminated container not found\"}" : "");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher tail = java.util.regex.Pattern.compile("tailLines=(\\d+)").matcher(query);
            if (tail.find()) {
                String[] lines = text.split("\n");
                int n = Math.min(lines.length, Integer.parseInt(tail.group(1)));
                text = n == 0 ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, lines.length - n,
                        lines.length)) + "\n";
            }
            return new io.fabric8.mockwebserver.http.MockResponse().setResponseCode(200).setBody(text);
        } catch (java.io.IOException e) {
            return new io.fabric8.mockwebserver.http.MockResponse().setResponseCode(500);
        }
    }

    /**
     * The mock evaluates field selectors only on metadata, so {@code spec.nodeName=...} or an events query by
     * involved object would find nothing. The demo answers such lists as a real server does: it lists without the
     * selector and keeps the items whose fields match each {@code field=value}, {@code field==value} or
     * {@code field!=value} requirement.
     */
    @Override
    public io.fabric8.mockwebserver.http.MockResponse handleGet(String path) {
        int q = path.indexOf('?');
        if (q < 0 || !path.contains("fieldSelector=")) {
            return super.handleGet(path);
        }
        String selector = "";
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String param : path.substring(q + 1).split("&")) {
            if (param.startsWith("fieldSelector=")) {
                selector = java.net.URLDecoder.decode(param.substring("fieldSelector=".length()),
                        java.nio.charset.StandardCharsets.UTF_8);
            } else {
                kept.add(param);
            }
        }
        String without = path.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        io.fabric8.mockwebserver.http.MockResponse response = super.handleGet(without);
        if (response.code() != 200 || response.getBody() == null) {
            return response;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(response.getBody().getBytes());
            if (!(body.path("items") instanceof com.fasterxml.jackson.databind.node.ArrayNode items)) {
                return response;
            }
            for (java.util.Iterator<com.fasterxml.jackson.databind.JsonNode> it = items.elements(); it.hasNext(); ) {
                if (!matches(it.next(), selector)) {
                    it.remove();
                }
            }
            return new io.fabric8.mockwebserver.http.MockResponse().setResponseCode(200)
                    .setBody(JSON.writeValueAsString(body));
        } catch (java.io.IOException e) {
            return response;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static boolean matches(com.fasterxml.jackson.databind.JsonNode item, String selector) {
        for (String requirement : selector.split(",")) {
            boolean negate = requirement.contains("!=");
            String[] parts = requirement.split(negate ? "!=" : "==?", 2);
            if (parts.length != 2) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode v = item;
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
        GenericKubernetesResource generic = Serialization.unmarshal(Serialization.asJson(object),
                GenericKubernetesResource.class);
        processEvent(path, getKey(path), null, generic, Serialization.asJson(generic));
    }
}
