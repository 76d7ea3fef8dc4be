package io.krmcp;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelcontextprotocol.json.McpJsonDefaults;

import io.krmcp.audit.AuditLog;
import io.krmcp.audit.CallListener;
import io.krmcp.command.VerbSpec;
import io.krmcp.config.CallerIdentityMode;
import io.krmcp.config.NamespaceRules;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsException;
import io.krmcp.config.Version;
import io.krmcp.flow.CommandRunner;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.CallerAuthenticator;
import io.krmcp.kube.ClusterConnection;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.NamespaceGuard;
import io.krmcp.kube.SelfReviewer;
import io.krmcp.kube.TokenReviewer;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.mcp.CallLimiter;
import io.krmcp.mcp.GetConfigTool;
import io.krmcp.mcp.KubectlTool;
import io.krmcp.mcp.McpServerFactory;
import io.krmcp.mcp.RunImageTool;
import io.krmcp.mcp.WhoamiTool;
import io.krmcp.mcp.transport.Readiness;
import io.krmcp.mcp.transport.StdioTransport;
import io.krmcp.mcp.transport.StreamableHttpTransport;
import io.krmcp.metrics.Metrics;
import io.krmcp.policy.PolicyEngine;

/** Wires the tools onto a cluster client and serves them on one transport. */
public final class Server {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final McpServerFactory factory;
    private final ServerSettings settings;
    private final KubeApi api;
    private final Metrics metrics;

    public Server(ServerSettings settings, KubernetesClient client, String clusterDescription, Clock clock) {
        this(settings, () -> client, () -> clusterDescription, clock);
    }

    /**
     * @param client the cluster's client, asked for on the first call that needs it: building one takes about a
     *     second, so Main builds it in the background while the transport starts and answers initialize
     */
    public Server(ServerSettings settings, Supplier<KubernetesClient> client, Supplier<String> clusterDescription,
                  Clock clock) {
        this.settings = settings;
        ObjectMapper json = new ObjectMapper();
        VerbRegistry verbs = VerbRegistry.standard(json);
        CallLimiter limiter = new CallLimiter(settings.maxConcurrentCalls());
        this.metrics = new Metrics(verbs.specs().stream().map(VerbSpec::name).collect(Collectors.toSet()),
                limiter::inFlight);
        KubeApi api = new KubeApi(client, json, metrics,
                KubeApi.Protections.of(settings.redactSecrets(), json,
                        new NamespaceGuard(NamespaceRules.of(settings))));
        this.api = api;
        ResourceTypes types = new ResourceTypes(new ApiDiscovery(api), clock);
        Supplier<String> namespace = () -> ClusterConnection.defaultNamespace(client.get());
        CommandRunner runner = new CommandRunner(verbs, new PolicyEngine(settings, verbs::spec), settings, api, types,
                namespace, clock);
        ServerSettings runImageSettings = settings.withAllowedCommands(List.of("run"));
        CommandRunner runImageRunner = new CommandRunner(verbs, new PolicyEngine(runImageSettings, verbs::spec),
                runImageSettings, api, types, namespace, clock);
        CallListener audit = CallListener.all(List.of(new AuditLog(), metrics));
        this.factory = new McpServerFactory(new KubectlTool(runner, settings, verbs, audit, limiter),
                new RunImageTool(runImageRunner, settings, audit, limiter),
                new GetConfigTool(settings, verbs, Version.get(), clusterDescription), new WhoamiTool(api, settings),
                audit, Version.get());
    }

    public int serveStdio(InputStream in, OutputStream out, Duration drain) throws Exception {
        if (settings.callerIdentity() != CallerIdentityMode.OFF) {
            throw new SettingsException("K8S_MCP_CALLER_IDENTITY applies to the HTTP transport, where "
                    + "each caller sends its own token; over stdio the kubeconfig's identity is the caller's");
        }
        StdioTransport transport = new StdioTransport(in, out, McpJsonDefaults.getMapper(),
                settings.maxConcurrentCalls(), drain);
        var server = factory.build(transport, "stdio");
        LOG.info("serving MCP on stdio");
        transport.serve();
        server.close();
        return 0;
    }

    /**
     * Serves until SIGTERM or SIGINT, then shuts down gracefully: new connections are refused, calls in flight get
     * up to KUBECTL_TIMEOUT plus 5 s to finish, and the process exits 0 (Kubernetes' rolling update sends TERM).
     */
    public int serveHttp(String host, int port) throws Exception {
        StreamableHttpTransport http = startHttp(host, port);
        http.gracePeriod(Duration.ofSeconds(settings.timeoutSeconds() + 5L));
        http.drainDelay(Duration.ofSeconds(settings.shutdownDelaySeconds()));
        Shutdown.onSignal(() -> {
            LOG.info("shutting down: letting calls in flight finish");
            try {
                http.stop();
            } catch (Exception e) {
                LOG.warn("HTTP server did not stop cleanly: {}", e.getMessage());
            }
        });
        http.join();
        LOG.info("stopped");
        return 0;
    }

    /** How {@code K8S_MCP_CALLER_IDENTITY} checks a caller's token, if the server acts as its callers. */
    private Optional<CallerAuthenticator> callerAuthenticator() {
        return switch (settings.callerIdentity()) {
            case OFF -> Optional.empty();
            case IMPERSONATE -> Optional.of(new TokenReviewer(api, settings.tokenAudiences()));
            case PASSTHROUGH -> Optional.of(new SelfReviewer(api));
        };
    }

    /** Starts HTTP and returns at once; the caller joins or stops it. */
    public StreamableHttpTransport startHttp(String host, int port) throws Exception {
        metrics.start();
        StreamableHttpTransport http = new StreamableHttpTransport(host, port, McpJsonDefaults.getMapper(),
                new Readiness(api), new StreamableHttpTransport.HttpSecurity(settings.authToken(),
                settings.allowedOrigins(), callerAuthenticator()), metrics::scrape,
                t -> factory.build(t, "http"));
        http.start();
        LOG.info("serving MCP on http://{}:{}/mcp", host, http.port());
        return http;
    }
}
