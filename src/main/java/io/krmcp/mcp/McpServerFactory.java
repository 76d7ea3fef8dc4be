package io.krmcp.mcp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;

import io.krmcp.audit.CallListener;
import io.krmcp.audit.Caller;
import io.krmcp.kube.CallerIdentity;

/**
 * The one adapter between our tools and the SDK. Both transports use the SDK's stateless server: every request is
 * answered on its own, so HolmesGPT's session-per-call habit costs no memory and a bare {@code tools/list} works
 * without {@code initialize}.
 */
public final class McpServerFactory {

    public static final String SERVER_NAME = "kubernetes-remediation-mcp";
    /** Key of the session id in a transport context (stdio: the process's; HTTP: the client's Mcp-Session-Id). */
    public static final String SESSION = "session";
    /** Key of the caller's identity in a transport context, when the server impersonates its callers. */
    public static final String IDENTITY = "caller-identity";

    private final KubectlTool kubectl;
    private final GetConfigTool getConfig;
    private final RunImageTool runImage;
    private final WhoamiTool whoami;
    private final CallListener audit;
    private final String version;

    public McpServerFactory(KubectlTool kubectl, RunImageTool runImage, GetConfigTool getConfig, WhoamiTool whoami,
                            CallListener audit, String version) {
        this.kubectl = kubectl;
        this.runImage = runImage;
        this.whoami = whoami;
        this.getConfig = getConfig;
        this.audit = audit;
        this.version = version;
    }

    public McpStatelessSyncServer build(McpStatelessServerTransport transport, String transportName) {
        return McpServer.sync(transport)
                .jsonMapper(McpJsonDefaults.getMapper())
                .serverInfo(SERVER_NAME, version)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .instructions("Investigate and repair this Kubernetes cluster with the kubectl tool. "
                        + "Call get_config to see which verbs and namespaces are allowed.")
                .tools(specifications(transportName))
                .validateToolInputs(false)
                .jsonSchemaValidator(new PrecheckedSchemas())
                .build();
    }

    List<SyncToolSpecification> specifications(String transportName) {
        return List.of(
                specification(kubectl.definition(), transportName, kubectl::call),
                specification(runImage.definition(), transportName, runImage::call),
                specification(getConfig.definition(), transportName, (arguments, caller) -> {
                    long start = System.nanoTime();
                    var result = getConfig.call();
                    audit.simple(GetConfigTool.NAME, caller, System.nanoTime() - start);
                    return result;
                }),
                specification(whoami.definition(), transportName, (arguments, caller) -> {
                    long start = System.nanoTime();
                    var result = whoami.call(caller);
                    audit.simple(WhoamiTool.NAME, caller, System.nanoTime() - start);
                    return result;
                }));
    }

    /**
     * Every tool's call passes here: client markers ({@code __...}) are set aside for the audit line, and a name the
     * tool's schema does not list is refused before the tool sees the call.
     */
    private SyncToolSpecification specification(McpSchema.Tool tool, String transportName, ToolCall call) {
        Set<String> parameters = tool.inputSchema().get("properties") instanceof Map<?, ?> properties
                ? properties.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((ctx, request) -> {
                    ToolArguments arguments = ToolArguments.split(request.arguments());
                    Caller caller = caller(ctx, transportName).withClientMarkers(arguments.clientMarkers());
                    var unknown = arguments.unknown(tool.name(), parameters);
                    if (unknown.isPresent()) {
                        audit.invalidInput(tool.name(), caller, "unknown argument", 0);
                        return ToolResults.invalidInput(unknown.get());
                    }
                    return call.call(arguments.values(), caller);
                })
                .build();
    }

    /** A tool's handler, given its own arguments and who called. */
    @FunctionalInterface
    interface ToolCall {
        McpSchema.CallToolResult call(Map<String, Object> arguments, Caller caller);
    }

    /** The caller as the transport described it: the session its context carries, if any. */
    static Caller caller(McpTransportContext context, String transportName) {
        Object session = context == null ? null : context.get(SESSION);
        Object identity = context == null ? null : context.get(IDENTITY);
        return new Caller(transportName, session instanceof String s && !s.isBlank() ? s : Caller.NO_SESSION,
                Map.of(), identity instanceof CallerIdentity who ? who : null);
    }
}
