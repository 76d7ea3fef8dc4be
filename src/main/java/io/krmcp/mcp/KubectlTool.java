package io.krmcp.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import io.krmcp.audit.CallListener;
import io.krmcp.audit.Caller;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.config.ServerSettings;
import io.krmcp.flow.CommandRunner;
import io.krmcp.flow.VerbRegistry;

/** The {@code kubectl} tool: arguments in, kubectl's output out, through {@link CommandRunner}. */
public final class KubectlTool {

    public static final String NAME = "kubectl";

    private final CommandRunner runner;
    private final ServerSettings settings;
    private final VerbRegistry verbs;
    private final CallListener audit;
    private final CallLimiter limiter;

    public KubectlTool(CommandRunner runner, ServerSettings settings, VerbRegistry verbs, CallListener audit,
                       CallLimiter limiter) {
        this.runner = runner;
        this.settings = settings;
        this.verbs = verbs;
        this.audit = audit;
        this.limiter = limiter;
    }

    public McpSchema.Tool definition() {
        Map<String, Object> args = Map.of(
                "type", "array",
                "items", Map.of("type", "string"),
                "description", "kubectl arguments, one per element, without shell quoting, e.g. "
                        + "[\"get\", \"pods\", \"-n\", \"default\"]");
        boolean writes = settings.allowedCommands().stream().anyMatch(verbs::canWrite);
        return McpSchema.Tool.builder(NAME, Map.of("type", "object", "properties", Map.of("args", args),
                        "required", List.of("args")))
                .title("Run a kubectl command")
                .description(ToolDescriptions.kubectl(settings, verbs))
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title("kubectl")
                        .readOnlyHint(!writes)
                        .destructiveHint(writes)
                        .idempotentHint(!writes)
                        .openWorldHint(true)
                        .build())
                .build();
    }

    public CallToolResult call(Map<String, Object> arguments, String transport) {
        return call(arguments, Caller.of(transport));
    }

    public CallToolResult call(Map<String, Object> arguments, Caller caller) {
        long start = System.nanoTime();
        Object raw = arguments == null ? null : arguments.get("args");
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            CallToolResult r = ToolResults.invalidInput("error: \"args\" must be a non-empty array of strings, e.g. "
                    + "{\"args\": [\"get\", \"pods\", \"-n\", \"default\"]}");
            audit.invalidInput(NAME, caller, "args missing or not an array", System.nanoTime() - start);
            return r;
        }
        List<String> args = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof String s)) {
                audit.invalidInput(NAME, caller, "args element not a string", System.nanoTime() - start);
                return ToolResults.invalidInput("error: every element of \"args\" must be a string; got "
                        + (o == null ? "null" : o.getClass().getSimpleName().replace("LinkedHashMap", "object")));
            }
            args.add(s);
        }
        Optional<AutoCloseable> permit = limiter.tryEnter();
        if (permit.isEmpty()) {
            audit.invalidInput(NAME, caller, "busy", System.nanoTime() - start);
            return ToolResults.invalidInput(limiter.busyMessage());
        }
        try (AutoCloseable ignored = permit.get()) {
            CommandOutcome outcome = runner.run(args, caller.actingFor(), caller.clientApproved());
            audit.command(NAME, caller, outcome, System.nanoTime() - start);
            return ToolResults.from(outcome);
        } catch (Exception e) {
            throw new IllegalStateException("releasing a call permit cannot fail", e);
        }
    }
}
