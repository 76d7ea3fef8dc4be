package io.krmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.MockApi;
import io.krmcp.audit.AuditLog;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.kube.KubeApi;

/**
 * The servers skip the SDK's start-up check that each tool's input schema is a JSON Schema ({@link PrecheckedSchemas}):
 * it is made here instead, with the SDK's own validator, for every tool under each kind of setting that changes a
 * definition.
 */
class ToolSchemasTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final MockApi api = new MockApi();

    @Test
    void everyToolsInputSchemaIsAJsonSchemaForTheSdk() throws Exception {
        JsonSchemaValidator sdk = McpJsonDefaults.getSchemaValidator();
        VerbRegistry verbs = VerbRegistry.standard(JSON);
        for (Map<String, String> env : List.of(Map.<String, String>of(),
                Map.of("KUBECTL_ALLOWED_COMMANDS", "get,scale,exec", "KUBECTL_ALLOWED_EXEC_COMMANDS", "ps"),
                Map.of("K8S_MCP_ALLOWED_IMAGES", "busybox:1.36", "KUBECTL_ALLOWED_COMMANDS", "get,run"))) {
            ServerSettings settings = SettingsLoader.fromEnvironment(env);
            List<McpSchema.Tool> tools = List.of(
                    new KubectlTool(api.runner(env), settings, verbs, new AuditLog(), new CallLimiter(1)).definition(),
                    new RunImageTool(api.runner(env), settings, new AuditLog(), new CallLimiter(1)).definition(),
                    new GetConfigTool(settings, verbs, "test", () -> "demo").definition(),
                    new WhoamiTool(new KubeApi(api.client(), JSON), settings).definition());
            assertEquals(4, tools.size());
            for (McpSchema.Tool tool : tools) {
                var answer = sdk.validateSchema(tool.inputSchema());
                assertTrue(answer.valid(), tool.name() + " " + env + ": " + answer.errorMessage());
            }
        }
    }

    @Test
    void aValueIsStillValidatedByTheSdkWhenAskedFor() {
        Map<String, Object> schema = Map.of("type", "object", "properties",
                Map.of("args", Map.of("type", "array", "items", Map.of("type", "string"))), "required", List.of("args"));
        JsonSchemaValidator validator = new PrecheckedSchemas();
        assertTrue(validator.validate(schema, Map.of("args", List.of("get"))).valid());
        var wrong = validator.validate(schema, Map.of("args", List.of(1)));
        assertFalse(wrong.valid());
        assertTrue(wrong.errorMessage().contains("/args/0"), wrong.errorMessage());
    }
}
