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

/**
 * The {@code run_image} tool (seed 003): {@code name}, {@code image}, {@code namespace}, {@code command}, {@code rm}.
 * It is {@code kubectl run NAME --image=IMAGE --restart=Never --rm -- COMMAND...} through the same parse → policy →
 * verb flow as the kubectl tool (so the image, namespace and rule-file layers judge it and the hardened pod is the
 * same), with {@code run} allowed whatever {@code KUBECTL_ALLOWED_COMMANDS} says: this tool is governed by
 * {@code KUBECTL_ALLOWED_IMAGES}, and disabled while that is empty.
 */
public final class RunImageTool {

    public static final String NAME = "run_image";
    static final String DISABLED = "run_image is disabled: it requires configuring KUBECTL_ALLOWED_IMAGES (the images "
            + "it may run); ask an operator to set it";

    private final CommandRunner runner;
    private final ServerSettings settings;
    private final CallListener audit;
    private final CallLimiter limiter;

    /** @param runner a runner whose settings allow {@code run}, see {@link ServerSettings#withAllowedCommands} */
    public RunImageTool(CommandRunner runner, ServerSettings settings, CallListener audit, CallLimiter limiter) {
        this.runner = runner;
        this.settings = settings;
        this.audit = audit;
        this.limiter = limiter;
    }

    public McpSchema.Tool definition() {
        Map<String, Object> properties = Map.of(
                "name", Map.of("type", "string", "description", "pod name: lowercase letters, digits and '-'"),
                "image", Map.of("type", "string", "description", "image to run; allowed: "
                        + (settings.allowedImages().isEmpty() ? "none (the tool is disabled)"
                        : String.join(", ", settings.allowedImages()))),
                "namespace", Map.of("type", "string", "description", "namespace (default: the server's)"),
                "command", Map.of("type", "array", "items", Map.of("type", "string"),
                        "description", "command and arguments, one per element, no shell quoting"),
                "rm", Map.of("type", "boolean", "description", "delete the pod once it has finished (default true)"));
        return McpSchema.Tool.builder(NAME, Map.of("type", "object", "properties", properties,
                        "required", List.of("name", "image")))
                .title("Run a pod from an allowed image")
                .description("Runs a hardened, short-lived pod (no ServiceAccount token, no privilege escalation, "
                        + "capabilities dropped, bounded CPU and memory) from an allowed image, waits for it to "
                        + "finish within the call's timeout, and returns its logs and exit code. The pod is deleted "
                        + "afterwards when rm is true, also after a failure or a timeout.")
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title("run_image")
                        .readOnlyHint(false)
                        .destructiveHint(false)
                        .idempotentHint(false)
                        .openWorldHint(true)
                        .build())
                .build();
    }

    public CallToolResult call(Map<String, Object> arguments, String transport) {
        return call(arguments, Caller.of(transport));
    }

    public CallToolResult call(Map<String, Object> arguments, Caller caller) {
        long start = System.nanoTime();
        if (!settings.runImageEnabled()) {
            audit.invalidInput(NAME, caller, "disabled", System.nanoTime() - start);
            return ToolResults.invalidInput(DISABLED);
        }
        Map<String, Object> in = arguments == null ? Map.of() : arguments;
        Optional<String> problem = check(in);
        if (problem.isPresent()) {
            audit.invalidInput(NAME, caller, problem.get(), System.nanoTime() - start);
            return ToolResults.invalidInput("error: " + problem.get());
        }
        Optional<AutoCloseable> permit = limiter.tryEnter();
        if (permit.isEmpty()) {
            audit.invalidInput(NAME, caller, "busy", System.nanoTime() - start);
            return ToolResults.invalidInput(limiter.busyMessage());
        }
        try (AutoCloseable ignored = permit.get()) {
            CommandOutcome outcome = runner.run(args(in), caller.actingFor(), caller.clientApproved());
            audit.command(NAME, caller, outcome, System.nanoTime() - start);
            return ToolResults.from(outcome);
        } catch (Exception e) {
            throw new IllegalStateException("releasing a call permit cannot fail", e);
        }
    }

    /** What is wrong with the arguments, named with what is allowed; empty when they are well formed. */
    static Optional<String> check(Map<String, Object> in) {
        for (String key : in.keySet()) {
            if (!List.of("name", "image", "namespace", "command", "rm").contains(key)) {
                return Optional.of("unknown argument \"" + key + "\"; run_image takes name, image, namespace, "
                        + "command and rm");
            }
        }
        if (!(in.get("name") instanceof String name) || name.isEmpty()) {
            return Optional.of("\"name\" is required: a pod name such as \"debug\"");
        }
        if (!(in.get("image") instanceof String image) || image.isEmpty()) {
            return Optional.of("\"image\" is required: one of the allowed images");
        }
        if (in.containsKey("namespace") && !(in.get("namespace") instanceof String)) {
            return Optional.of("\"namespace\" must be a string");
        }
        if (in.containsKey("rm") && !(in.get("rm") instanceof Boolean)) {
            return Optional.of("\"rm\" must be true or false");
        }
        Object command = in.get("command");
        if (command != null && (!(command instanceof List<?> list)
                || list.stream().anyMatch(o -> !(o instanceof String)))) {
            return Optional.of("\"command\" must be an array of strings, e.g. [\"sh\", \"-c\", \"nslookup web\"]");
        }
        return Optional.empty();
    }

    /** The equivalent {@code kubectl run}: the command after {@code --}, so it is data, never flags. */
    static List<String> args(Map<String, Object> in) {
        List<String> args = new ArrayList<>(List.of("run", (String) in.get("name"), "--image=" + in.get("image"),
                "--restart=Never"));
        if (in.get("namespace") instanceof String ns && !ns.isEmpty()) {
            args.add("--namespace=" + ns);
        }
        args.add(Boolean.FALSE.equals(in.get("rm")) ? "--attach" : "--rm");
        if (in.get("command") instanceof List<?> command && !command.isEmpty()) {
            args.add("--command");
            args.add("--");
            command.forEach(c -> args.add((String) c));
        }
        return args;
    }
}
