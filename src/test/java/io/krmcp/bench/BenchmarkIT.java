package io.krmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * The benchmark (not part of the default build): {@code ./mvnw -Pbench verify}. The real jar runs as its own process
 * against {@link FakeApiServer}; calls go through MCP over HTTP and stdio. Prints every figure and writes them to
 * {@code target/benchmark.md}.
 */
class BenchmarkIT {

    static final String JAR = System.getProperty("krmcp.jar", "target/kubernetes-remediation-mcp.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /**
     * The Dockerfile's JVM flags, read from its ENTRYPOINT, with the chart's memory limit standing in for the
     * container's ({@code -XX:MaxRAM}); without the image's cache, which only {@link #image()} builds.
     */
    static final List<String> CONTAINER_FLAGS = containerFlags();

    /**
     * The README's desktop command: a bounded heap, the serial collector and the C1 compiler only (a desktop session
     * is short and sequential: C2's compile threads and arenas cost more memory than their code saves time).
     */
    static final List<String> DESKTOP_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx80m", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=24m", "-XX:MaxMetaspaceSize=96m", "-Xss512k");

    /** A JVM and its flags: how one configuration starts the jar. */
    record Launch(String java, List<String> flags) {
        static Launch of(List<String> flags) {
            return new Launch(JAVA, flags);
        }

        List<String> command(String... args) {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(flags);
            cmd.addAll(List.of("-jar", JAR));
            cmd.addAll(List.of(args));
            return cmd;
        }
    }

    /** The configurations the README shows, by name. */
    static final Map<String, Launch> CONFIGURATIONS = new LinkedHashMap<>();

    static {
        CONFIGURATIONS.put("plain java -jar", Launch.of(List.of()));
        CONFIGURATIONS.put("README desktop flags", Launch.of(DESKTOP_FLAGS));
        CONFIGURATIONS.put("container flags", Launch.of(CONTAINER_FLAGS));
    }

    /** The feature release of a JVM ({@code 25}), from the first line of its {@code --version}. */
    static String javaVersion(String java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java, "--version").redirectErrorStream(true).start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        p.waitFor(30, TimeUnit.SECONDS);
        String[] words = first == null ? new String[0] : first.split(" ");
        return words.length > 1 ? words[1] : "?";
    }

    static List<String> containerFlags() {
        try {
            String dockerfile = Files.readString(Path.of("Dockerfile"));
            String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT ["));
            entrypoint = entrypoint.substring(0, entrypoint.indexOf(']'));
            List<String> words = new ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(entrypoint);
            while (quoted.find()) {
                words.add(quoted.group(1));
            }
            String values = Files.readString(Path.of("helm/kubernetes-remediation-mcp/values.yaml"));
            Matcher limit = Pattern.compile("limits:\\s*\\n\\s+memory:\\s*(\\d+)Mi").matcher(values);
            if (!limit.find()) {
                throw new IllegalStateException("the chart's values.yaml sets no memory limit in Mi");
            }
            List<String> flags = new ArrayList<>(List.of("-XX:MaxRAM=" + limit.group(1) + "m"));
            words.subList(1, words.indexOf("-jar")).stream()
                    .filter(f -> !f.startsWith("-XX:AOTCache=") && !f.startsWith("-Djava.io.tmpdir="))
                    .forEach(flags::add);
            return List.copyOf(flags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The image's own configuration, when {@code -Dbench.imageJava=PATH} names a JVM like the image's (Java 25): an
     * ahead-of-time cache trained as the Dockerfile trains it, then the container flags with it.
     */
    static Optional<Launch> image() throws IOException, InterruptedException {
        String java = System.getProperty("bench.imageJava", "");
        if (java.isBlank()) {
            return Optional.empty();
        }
        Path cache = Path.of("target/bench-app.aot").toAbsolutePath();
        Files.deleteIfExists(cache);
        Process training = new ProcessBuilder(java, "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:AOTCacheOutput=" + cache, "-jar", JAR, "--demo")
                .redirectInput(Path.of("docker/cds-training.jsonl").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!training.waitFor(180, TimeUnit.SECONDS) || !Files.exists(cache)) {
            throw new IllegalStateException("training the ahead-of-time cache with " + java + " failed");
        }
        List<String> flags = new ArrayList<>(List.of("-XX:AOTCache=" + cache));
        flags.addAll(CONTAINER_FLAGS);
        return Optional.of(new Launch(java, flags));
    }

    final StringBuilder report = new StringBuilder();

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    @Test
    void benchmark() throws Exception {
        Map<String, Integer> namespaces = new LinkedHashMap<>();
        namespaces.put("bench-100", 100);
        namespaces.put("bench-2000", 2000);
        namespaces.put("bench-big-a", 4000);
        namespaces.put("bench-big-b", 3900);
        try (FakeApiServer api = new FakeApiServer(namespaces)) {
            Path kubeconfig = Files.createTempFile("bench-kubeconfig", ".yaml");
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters: [{name: bench, cluster: {server: "http://127.0.0.1:%d"}}]
                    users: [{name: bench, user: {}}]
                    contexts: [{name: bench, context: {cluster: bench, user: bench, namespace: default}}]
                    current-context: bench
                    """.formatted(api.port()));
            line("# kubernetes-remediation-mcp benchmark");
            line("machine: %d cores, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("java.version"));
            line("fake API server: 100-pod and 2,000-pod namespaces, 10,000 pods in all; Tables and paging");
            line("");
            // -Dbench.only=container measures just the container-flag runs (to try JVM flags: -Dbench.flags="...").
            boolean all = !"container".equals(System.getProperty("bench.only"));
            if (all) {
                floor(api);
                coldStart(kubeconfig);
                http(kubeconfig, List.of(), "plain java -jar");
            }
            containerRss(kubeconfig);
            if (all) {
                stdio(kubeconfig);
            }
        }
        Files.writeString(Path.of("target/benchmark.md"), report.toString());
    }

    /** The same list done in-process with fabric8: what no server can beat. */
    void floor(FakeApiServer api) {
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:" + api.port()).build()).build()) {
            for (int i = 0; i < 500; i++) {
                client.pods().inNamespace("bench-100").list();
            }
            long[] t = new long[1000];
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                client.pods().inNamespace("bench-100").list();
                t[i] = System.nanoTime() - s;
            }
            floorP50 = percentile(t, 50);
            line("floor, fabric8 in-process list of 100 pods: p50 %.2f ms, p99 %.2f ms", ms(floorP50),
                    ms(percentile(t, 99)));
        }
    }

    long floorP50;

    void coldStart(Path kubeconfig) throws Exception {
        // Made afresh: an archive only maps for the very jar it was made from.
        Path archive = Path.of("target/bench-app.jsa");
        Files.deleteIfExists(archive);
        {
            Process training = new ProcessBuilder(JAVA, "-Xlog:disable", "-Xlog:all=warning:stderr",
                    "-XX:ArchiveClassesAtExit=" + archive, "-jar", JAR, "--demo")
                    .redirectInput(Path.of("docker/cds-training.jsonl").toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            training.waitFor(120, TimeUnit.SECONDS);
        }
        for (boolean cds : new boolean[] {false, true}) {
            long[] init = new long[5];
            long[] first = new long[5];
            for (int i = 0; i < init.length; i++) {
                List<String> cmd = new ArrayList<>(List.of(JAVA));
                if (cds) {
                    cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable",
                            "-Xlog:all=warning:stderr"));
                }
                cmd.addAll(List.of("-jar", JAR));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("KUBECONFIG", kubeconfig.toString());
                long start = System.nanoTime();
                Process p = pb.start();
                try (OutputStream in = p.getOutputStream();
                     BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                             StandardCharsets.UTF_8))) {
                    in.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
                    in.flush();
                    out.readLine();
                    init[i] = System.nanoTime() - start;
                    in.write((call(2, "get", "pods", "-n", "bench-100") + "\n").getBytes(StandardCharsets.UTF_8));
                    in.flush();
                    out.readLine();
                    first[i] = System.nanoTime() - start;
                }
                p.waitFor(30, TimeUnit.SECONDS);
            }
            line("cold start%s: process start -> initialize answer p50 %.0f ms; -> first tools/call answer p50 %.0f ms",
                    cds ? " with the class-data archive" : ", plain java -jar", ms(percentile(init, 50)),
                    ms(percentile(first, 50)));
        }
    }

    void http(Path kubeconfig, List<String> jvmFlags, String label) throws Exception {
        Server server = Server.http(kubeconfig, jvmFlags);
        try {
            line("");
            line("## HTTP, %s", label);
            measure(server, "warm-up", 3000, 8, "get", "pods", "-n", "bench-100");
            report(server, "get pods -n bench-100 (100 pods), concurrency 1", 2000, 1, true,
                    "get", "pods", "-n", "bench-100");
            report(server, "get pods -n bench-100 (100 pods), concurrency 8", 4000, 8, false,
                    "get", "pods", "-n", "bench-100");
            report(server, "get pods -n bench-100 (100 pods), concurrency 32", 4000, 32, false,
                    "get", "pods", "-n", "bench-100");
            report(server, "get pod web-00042 -n bench-100, concurrency 1", 2000, 1, false,
                    "get", "pod", "web-00042", "-n", "bench-100");
            line("RSS after %,d calls: %d MB", server.calls, server.rssMb());
            report(server, "get pods -n bench-2000 (2,000 pods), concurrency 1", 200, 1, false,
                    "get", "pods", "-n", "bench-2000");
            report(server, "get pods -n bench-2000 (2,000 pods), concurrency 8", 400, 8, false,
                    "get", "pods", "-n", "bench-2000");
            line("RSS after concurrency 8 on 2,000 pods: %d MB", server.rssMb());
            String all = server.call(0, "get", "pods", "-A");
            report(server, "get pods -A (10,000 pods), concurrency 1", 20, 1, false, "get", "pods", "-A");
            line("10,000-pod -A: RSS %d MB; answer %,d bytes, capped: %s", server.rssMb(), all.length(),
                    all.contains("output truncated") || all.contains("truncated"));
        } finally {
            server.close();
        }
    }

    void containerRss(Path kubeconfig) throws Exception {
        String flags = System.getProperty("bench.flags", "");
        List<String> jvm = flags.isBlank() ? CONTAINER_FLAGS : List.of(flags.trim().split("\\s+"));
        line("JVM flags: %s", String.join(" ", jvm));
        Server server = Server.http(kubeconfig, jvm);
        try {
            line("");
            line("## HTTP with the container's JVM flags (MaxRAM=384m as the chart's limit)");
            measure(server, "10,000 calls", 10_000, 8, "get", "pods", "-n", "bench-100");
            long at10k = server.rssMb();
            measure(server, "20,000 calls", 10_000, 8, "get", "pods", "-n", "bench-100");
            line("RSS after 10,000 calls: %d MB; after 20,000: %d MB", at10k, server.rssMb());
            report(server, "get pods -n bench-2000 (2,000 pods), concurrency 8", 400, 8, false,
                    "get", "pods", "-n", "bench-2000");
            line("RSS after concurrency 8 on 2,000 pods: %d MB", server.rssMb());
            report(server, "get pods -A (10,000 pods), concurrency 1", 20, 1, false, "get", "pods", "-A");
            line("RSS after the 10,000-pod -A lists: %d MB", server.rssMb());
        } finally {
            server.close();
        }
    }

    void stdio(Path kubeconfig) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-jar", JAR).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("KUBECONFIG", kubeconfig.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            out.readLine();
            long[] t = new long[3000];
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                in.write((call(i + 10, "get", "pods", "-n", "bench-100") + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                out.readLine();
                t[i] = System.nanoTime() - s;
            }
            long[] measured = Arrays.copyOfRange(t, 1000, t.length);
            line("");
            line("## stdio");
            line("get pods -n bench-100, sequential: p50 %.2f ms, p99 %.2f ms", ms(percentile(measured, 50)),
                    ms(percentile(measured, 99)));
        }
        p.waitFor(30, TimeUnit.SECONDS);
    }

    long[] measure(Server server, String label, int calls, int concurrency, String... args) throws Exception {
        long[] t = new long[calls];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long s = System.nanoTime();
                server.call(n, args);
                t[n] = System.nanoTime() - s;
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        lastElapsed = System.nanoTime() - start;
        pool.shutdown();
        return t;
    }

    long lastElapsed;

    void report(Server server, String label, int calls, int concurrency, boolean ratio, String... args)
            throws Exception {
        int busyBefore = server.busy.get();
        long[] t = measure(server, label, calls, concurrency, args);
        double perSecond = calls / (lastElapsed / 1e9);
        int busy = server.busy.get() - busyBefore;
        line("%s: p50 %.2f ms, p99 %.2f ms, %.0f calls/s%s%s", label, ms(percentile(t, 50)), ms(percentile(t, 99)),
                perSecond, ratio ? String.format(Locale.ROOT, " (%.1fx the in-process floor)",
                        (double) percentile(t, 50) / floorP50) : "",
                busy > 0 ? String.format(Locale.ROOT, "; %d of %d refused as busy (K8S_MCP_MAX_CONCURRENT_CALLS=16)",
                        busy, calls) : "");
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\","
            + "\"version\":\"1\"}}}";

    static String call(int id, String... args) {
        StringBuilder a = new StringBuilder();
        for (String arg : args) {
            a.append(a.length() == 0 ? "" : ",").append('"').append(arg).append('"');
        }
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":[" + a + "]}}}";
    }

    /** The server as its own process, serving HTTP on a free port. */
    static final class Server implements AutoCloseable {
        final Process process;
        final URI mcp;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        volatile int calls;
        final AtomicInteger busy = new AtomicInteger();

        private Server(Process process, URI mcp) {
            this.process = process;
            this.mcp = mcp;
        }

        static Server http(Path kubeconfig, List<String> jvmFlags) throws IOException {
            return http(kubeconfig, Launch.of(jvmFlags));
        }

        static Server http(Path kubeconfig, Launch launch) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(launch.command("--transport", "http", "--port", "0"))
                    .redirectErrorStream(true);
            pb.environment().put("KUBECONFIG", kubeconfig.toString());
            Process p = pb.start();
            BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("serving MCP on http://[^:]+:(\\d+)/mcp");
            int port = -1;
            for (String line; port < 0 && (line = log.readLine()) != null; ) {
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            Thread drain = new Thread(() -> log.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            return new Server(p, URI.create("http://127.0.0.1:" + port + "/mcp"));
        }

        String call(int id, String... args) throws IOException, InterruptedException {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(mcp).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(BenchmarkIT.call(id, args))).build(),
                    HttpResponse.BodyHandlers.ofString());
            calls++;
            if (r.body().contains("the server is busy")) {
                busy.incrementAndGet(); // beyond K8S_MCP_MAX_CONCURRENT_CALLS: refused at once, by design
                return r.body();
            }
            if (r.statusCode() != 200 || r.body().contains("\"isError\":true")) {
                throw new IllegalStateException("call failed: " + r.body());
            }
            return r.body();
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return -1;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
