package io.krmcp.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import io.krmcp.audit.CommandOutcome;
import io.krmcp.policy.layers.RuleFileLayer;

/**
 * Turns outcomes into MCP results: the text an agent reads (HolmesGPT reads only the text and {@code isError}) and
 * the seed's JSON shape as {@code structuredContent}.
 */
public final class ToolResults {

    private static final ObjectMapper JSON =
            new ObjectMapper();

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

    /**
     * stdout, then stderr when there is any: "No resources found…", per-name errors, or the failure itself. A
     * dangerous command awaiting approval is answered in HolmesGPT's convention, a JSON object with
     * {@code "status": "approval_required"}, so its approval flow can take over.
     */
    static String text(CommandOutcome outcome) {
        if (outcome.denial().filter(d -> d.code().equals(RuleFileLayer.APPROVAL_REQUIRED)).isPresent()) {
            Map<String, Object> ask = new LinkedHashMap<>();
            ask.put("status", "approval_required");
            ask.put("command", outcome.command());
            ask.put("reason", outcome.denial().get().message());
            ask.put("message", "This command needs a human's approval before it runs. Ask the user to approve it; "
                    + "an approved call is sent again with \"__robusta_user_approved\": true.");
            try {
                return JSON.writeValueAsString(ask);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        }
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
