package io.krmcp.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

import io.krmcp.verbs.CommandOutcome;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/**
 * Turns outcomes into MCP results: the text an agent reads (HolmesGPT reads only the text and {@code isError}) and
 * the seed's JSON shape as {@code structuredContent}.
 */
public final class ToolResults {

    private ToolResults() {
    }

    public static CallToolResult from(CommandOutcome outcome) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("success", outcome.success());
        structured.put("stdout", outcome.stdout());
        structured.put("stderr", outcome.stderr());
        structured.put("return_code", outcome.returnCode());
        outcome.error().ifPresent(e -> structured.put("error", e));
        if (outcome.denial().isPresent()) {
            structured.put("denied", true);
        }
        return CallToolResult.builder()
                .addTextContent(text(outcome))
                .structuredContent(structured)
                .isError(!outcome.success())
                .build();
    }

    /** stdout, then stderr when there is any: "No resources found…", per-name errors, or the failure itself. */
    static String text(CommandOutcome outcome) {
        String out = outcome.stdout();
        String err = outcome.stderr();
        if (err.isEmpty()) {
            return out;
        }
        if (out.isEmpty()) {
            return err;
        }
        return out + (out.endsWith("\n") ? "" : "\n") + err;
    }

    /** A refusal of the tool input itself, before any command exists. */
    public static CallToolResult invalidInput(String message) {
        return from(CommandOutcome.failed("(invalid input)", message));
    }
}
