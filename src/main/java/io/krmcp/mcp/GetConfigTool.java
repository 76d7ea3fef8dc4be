package io.krmcp.mcp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import io.krmcp.config.ServerSettings;
import io.krmcp.flow.CommandRunner;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.policy.PolicyEngine;
import io.krmcp.policy.PolicyLayer;
import io.krmcp.policy.layers.ExecCommandLayer;

/** The {@code get_config} tool: the effective configuration, never a credential. */
public final class GetConfigTool {

    public static final String NAME = "get_config";

    private final Map<String, Object> fixed;
    private final Supplier<String> cluster;

    public GetConfigTool(ServerSettings settings, VerbRegistry verbs, String version,
                         Supplier<String> cluster) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("allowed_commands", settings.allowedCommands());
        c.put("dangerous_flags", settings.dangerousFlags());
        c.put("timeout_seconds", settings.timeoutSeconds());
        c.put("allowed_images", settings.allowedImages());
        c.put("run_image_enabled", settings.runImageEnabled());
        c.put("allowed_exec_commands", settings.allowedExecCommands());
        c.put("security_mode", settings.securityMode().wireName());
        c.put("security_config", settings.securityConfigPath().orElse("built-in"));
        c.put("allowed_namespaces", settings.allowedNamespaces());
        c.put("denied_namespaces", settings.deniedNamespaces());
        c.put("max_output_bytes", settings.maxOutputBytes());
        c.put("redact_secrets", settings.redactSecrets());
        c.put("auth_token", settings.authToken().isPresent() ? "set" : "unset");
        c.put("max_concurrent_calls", settings.maxConcurrentCalls());
        c.put("caller_identity", settings.callerIdentity().name().toLowerCase(Locale.ROOT));
        c.put("dangerous_commands_mode", settings.confirmDangerous() ? "confirm" : "deny");
        List<String> layers = new ArrayList<>(PolicyEngine.layers(settings, verbs::spec).stream()
                .map(PolicyLayer::name).toList());
        layers.add(CommandRunner.REQUEST_GUARD); // every API request, after the policy allowed
        c.put("policy_layers", layers);
        c.put("exec_commands_never_accepted", new TreeSet<>(
                ExecCommandLayer.RUNNERS));
        c.put("rules_source", settings.rules().source());
        c.put("dangerous_commands", settings.rules().dangerousCommands());
        c.put("safe_patterns", settings.rules().safePatterns());
        c.put("regex_rules", settings.rules().regexRules().stream()
                .map(r -> Map.of("pattern", r.pattern().pattern(), "description", r.description())).toList());
        Map<String, Object> verbFlags = new LinkedHashMap<>();
        verbs.specs().forEach(s -> verbFlags.put(s.name(),
                s.flags().stream().map(f -> f.display()).toList()));
        c.put("implemented_verbs", verbFlags);
        c.put("version", version);
        this.fixed = Collections.unmodifiableMap(c);
        this.cluster = cluster;
    }

    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder(NAME, Map.of("type", "object", "properties", Map.of()))
                .title("Show the server configuration")
                .description("Get the current configuration of this MCP server: allowed verbs, refused flags, "
                        + "timeout, image allowlist, namespace limits and policy mode. No credentials are shown.")
                .annotations(McpSchema.ToolAnnotations.builder().title("get_config").readOnlyHint(true)
                        .destructiveHint(false).idempotentHint(true).openWorldHint(false).build())
                .build();
    }

    /** The cluster is named at call time: at start the connection may still be being made. */
    public CallToolResult call() {
        Map<String, Object> config = new LinkedHashMap<>(fixed);
        config.put("cluster", cluster.get());
        try {
            String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(config);
            return CallToolResult.builder().addTextContent(text).structuredContent(config).isError(false).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration is not serialisable", e);
        }
    }
}
