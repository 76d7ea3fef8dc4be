package io.krmcp.mcp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import io.krmcp.audit.Caller;
import io.krmcp.config.ServerSettings;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KnownTypes;

/**
 * The {@code whoami} tool, which HolmesGPT calls at start-up to check a connection: the identity the server acts as
 * (a SelfSubjectReview: user name and groups), the cluster it talks to, and what the policy allows. Never a token,
 * a certificate or any other credential.
 */
public final class WhoamiTool {

    public static final String NAME = "whoami";
    private static final List<String> REVIEW_VERSIONS = List.of("v1", "v1beta1");

    private final KubeApi api;
    private final ServerSettings settings;

    public WhoamiTool(KubeApi api, ServerSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder(NAME, Map.of("type", "object", "properties", Map.of()))
                .title("Who this server acts as")
                .description("The Kubernetes identity this server acts as (user and groups, from a SelfSubjectReview), "
                        + "the API server it talks to, and the verbs and namespaces its policy allows. Use it to check "
                        + "the connection; it never shows credentials.")
                .annotations(McpSchema.ToolAnnotations.builder().title(NAME).readOnlyHint(true)
                        .destructiveHint(false).idempotentHint(true).openWorldHint(true).build())
                .build();
    }

    public CallToolResult call() {
        return call(Caller.of("direct"));
    }

    /** For a caller the server impersonates, the review names the caller. */
    public CallToolResult call(Caller caller) {
        KubeApi api = caller.actingFor().map(this.api::actingFor).orElse(this.api);
        Deadline deadline = Deadline.in(Duration.ofSeconds(Math.min(10, settings.timeoutSeconds())));
        Map<String, Object> who = new LinkedHashMap<>();
        String error = null;
        try {
            JsonNode user = review(api, deadline);
            who.put("user", user.path("username").asText(""));
            List<String> groups = new ArrayList<>();
            user.path("groups").forEach(g -> groups.add(g.asText()));
            who.put("groups", groups);
        } catch (ApiException | CallTimeoutException e) {
            error = e.getMessage();
            who.put("user", "unknown");
        }
        who.put("cluster", api.serverUrl());
        who.put("allowed_commands", settings.allowedCommands());
        who.put("allowed_namespaces", settings.allowedNamespaces().isEmpty() ? List.of("*")
                : settings.allowedNamespaces());
        who.put("denied_namespaces", settings.deniedNamespaces());
        StringBuilder text = new StringBuilder();
        text.append("User: ").append(who.get("user")).append('\n');
        if (who.containsKey("groups")) {
            text.append("Groups: ").append(String.join(", ", castList(who.get("groups")))).append('\n');
        }
        text.append("Cluster: ").append(who.get("cluster")).append('\n');
        text.append("Allowed commands: ").append(String.join(", ", settings.allowedCommands())).append('\n');
        text.append("Allowed namespaces: ").append(String.join(", ", castList(who.get("allowed_namespaces"))));
        if (!settings.deniedNamespaces().isEmpty()) {
            text.append(" (denied: ").append(String.join(", ", settings.deniedNamespaces())).append(')');
        }
        text.append('\n');
        if (error != null) {
            who.put("error", error);
            text.append("The identity could not be read: ").append(error).append('\n');
        }
        return CallToolResult.builder().addTextContent(text.toString()).structuredContent(who).isError(error != null)
                .build();
    }

    /** SelfSubjectReview, GA in 1.28; 1.27 serves it as v1beta1. */
    private static JsonNode review(KubeApi api, Deadline deadline) throws ApiException, CallTimeoutException {
        ApiException last = null;
        for (String version : REVIEW_VERSIONS) {
            try {
                JsonNode answer = api.send("POST", KnownTypes.SELF_SUBJECT_REVIEWS.atVersion(version).collectionPath(null),
                        Map.of(), KubeApi.ACCEPT_JSON, "{\"apiVersion\":\"authentication.k8s.io/" + version
                                + "\",\"kind\":\"SelfSubjectReview\"}", deadline);
                return answer.path("status").path("userInfo");
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                last = e;
            }
        }
        throw new ApiException(last.status(), "NotFound", "the API server does not serve SelfSubjectReview "
                + "(Kubernetes 1.27 or newer does)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
