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
     * The mock evaluates field selectors only on metadata, so an events query by involved object finds nothing;
     * the demo drops that selector and lets the caller filter, as it does for servers that ignore it.
     */
    @Override
    public io.fabric8.mockwebserver.http.MockResponse handleGet(String path) {
        if (path.contains("/events?") && path.contains("fieldSelector=involvedObject")) {
            path = path.replaceAll("fieldSelector=[^&]*&?", "").replaceAll("[?&]$", "");
        }
        return super.handleGet(path);
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
