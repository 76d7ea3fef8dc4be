package io.krmcp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.config.SecurityMode;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsException;
import io.krmcp.config.SettingsLoader;
import io.krmcp.config.Version;
import io.krmcp.demo.DemoCluster;
import io.krmcp.kube.ClusterConnection;

/**
 * Entry point: server flags and settings first (so a mistake is reported before anything starts), then logging to
 * stderr, the cluster connection, and the chosen transport.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Taken before anything can print: in stdio mode this stream carries JSON-RPC and nothing else.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        int code = run(List.of(args), System.getenv(), stdout);
        System.exit(code);
    }

    static int run(List<String> args, Map<String, String> env, OutputStream stdout) {
        PrintStream err = System.err;
        ServerOptions options;
        ServerSettings settings;
        try {
            options = ServerOptions.parse(args);
        } catch (ServerOptions.UsageError e) {
            err.println("error: " + e.getMessage());
            err.print(ServerOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            err.print(ServerOptions.USAGE);
            return 0;
        }
        if (options.version()) {
            err.println(Version.get());
            return 0;
        }
        try {
            settings = SettingsLoader.fromEnvironment(env);
        } catch (SettingsException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Logging.configure(settings.logLevel());
        var log = LoggerFactory.getLogger(Main.class);
        if (settings.securityMode() == SecurityMode.PERMISSIVE) {
            log.warn("K8S_MCP_SECURITY_MODE=permissive: the rule file ({}) is NOT applied; every other layer is",
                    settings.rules().source());
        } else {
            log.info("strict mode: rules from {}", settings.rules().source());
        }
        if (settings.authToken().isPresent() && !options.transport().equals("http")) {
            log.info("an auth token is set but the transport is stdio, where the client owns the process; "
                    + "the token applies to HTTP only");
        }
        Clock clock = Clock.systemUTC();
        try (Cluster cluster = Cluster.open(options.demo(), env, Path.of(System.getProperty("user.home")), clock)) {
            if (cluster == null) {
                return 2;
            }
            Server server = new Server(settings, cluster.client(), cluster.description(), clock);
            return options.transport().equals("http")
                    ? server.serveHttp(options.host(), options.port())
                    : server.serveStdio(System.in, stdout, Duration.ofSeconds(settings.timeoutSeconds() + 5L));
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error("server failed: {}", e.toString());
            return 1;
        }
    }

    /** The demo cluster or a real one, closed on exit. */
    record Cluster(Supplier<KubernetesClient> client, Supplier<String> description,
                   AutoCloseable resource) implements AutoCloseable {

        static Cluster open(boolean demo, Map<String, String> env, Path home, Clock clock) throws Exception {
            var log = LoggerFactory.getLogger(Main.class);
            if (demo) {
                DemoCluster cluster = DemoCluster.start(clock);
                log.warn("DEMO MODE: serving an embedded sample cluster at {}; nothing here is real",
                        cluster.client().getMasterUrl());
                String description = "demo " + cluster.client().getMasterUrl();
                return new Cluster(cluster::client, () -> description, cluster);
            }
            Optional<String> source = ClusterConnection.source(env, home);
            if (source.isEmpty()) {
                System.err.println(ClusterConnection.missingMessage());
                return null;
            }
            // Building the client takes about a second; it is built while the transport starts and initialize is
            // answered, and the first call that needs it waits for it.
            CompletableFuture<KubernetesClient> pending =
                    CompletableFuture.supplyAsync(ClusterConnection::connect);
            pending.whenComplete((client, error) -> {
                if (error != null) {
                    log.error("cannot connect to the cluster via {}: {}", source.get(), error.getCause() == null
                            ? error.toString() : error.getCause().toString());
                    System.exit(2);
                }
                log.info("cluster {} via {}", client.getMasterUrl(), source.get());
            });
            return new Cluster(pending::join, () -> pending.join().getMasterUrl().toString(),
                    () -> pending.thenAccept(KubernetesClient::close));
        }

        @Override
        public void close() throws Exception {
            resource.close();
        }
    }
}
