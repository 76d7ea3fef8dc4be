package io.krmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.kube.KubeApi;
import io.krmcp.realapi.RealApiServer;

/**
 * The benchmark users meet (not part of the default build): {@code ./mvnw -Pbench verify}. A real kube-apiserver
 * (kube-api-test, as the realapi tests) serves a 100-pod and a 2,000-pod namespace whose pods carry what Deployment
 * pods carry (owner, template hash, two containers, a kubelet-style status, so two managedFields entries); the jar
 * runs with the README's commands, over HTTP; the raw Table GET of the same pages is the floor, and when the Go peer
 * {@code kubernetes-mcp-server} is installed (README, "Performance") it runs in the same session on the same server.
 * Figures go to stdout and {@code target/benchmark-real.md}; each is the median of {@code bench.runs} runs (3).
 */
class RealApiBenchmarkIT {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    /** Calls of the RSS soak, made once per configuration after the timed runs. */
    static final int SOAK = Integer.getInteger("bench.soak", 10_000);
    /** The peer's client-go limits itself to 5 requests a second: it gets a fifth of the calls, same shapes. */
    static final int PEER_DIVISOR = 5;
    /** Which configurations to run, by a word of their name ({@code -Dbench.configs=desktop,peer}); all by default. */
    static final List<String> ONLY = List.of(System.getProperty("bench.configs", "").split(",")).stream()
            .filter(s -> !s.isBlank()).toList();

    static boolean selected(String label) {
        return ONLY.isEmpty() || ONLY.stream().anyMatch(w -> label.toLowerCase(Locale.ROOT).contains(w));
    }

    final StringBuilder report = new StringBuilder();

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    @Test
    void benchmark() throws Exception {
        populate("bench-100", 100);
        populate("bench-2000", 2000);
        Path kubeconfig = Files.createTempFile("bench-real-kubeconfig", ".yaml");
        Files.writeString(kubeconfig, API.kubeconfig());
        int hold = Integer.getInteger("bench.hold", 0);
        if (hold > 0) {
            holdForExperiments(kubeconfig, hold);
            return;
        }
        line("# kubernetes-remediation-mcp on a real API server");
        line("machine: %d cores, Java %s; kube-apiserver from kube-api-test; medians of %d runs",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS);
        line("");
        Floor floor = floor();
        line("raw Table GET, 100 pods: %.1f ms (%.1f ms with includeObject=None), %,d bytes (%,d)",
                BenchmarkIT.ms(floor.p100), BenchmarkIT.ms(floor.p100None), floor.bytes100, floor.bytes100None);
        line("raw Table GET, 2,000 pods (4 pages): %.1f ms (%.1f ms with includeObject=None)",
                BenchmarkIT.ms(floor.p2000), BenchmarkIT.ms(floor.p2000None));
        line("");
        line("| configuration | 100 pods c1 p50 | ×floor | 100 pods c8 | 2,000 pods c1 p50 | ×floor (None) "
                + "| 2,000 pods c8 | RSS after c8 on 2,000 | RSS after the soak |");
        line("|---|---|---|---|---|---|---|---|---|");
        Map<String, BenchmarkIT.Launch> configurations = new LinkedHashMap<>(BenchmarkIT.CONFIGURATIONS);
        if (selected("image")) {
            Optional<BenchmarkIT.Launch> image = BenchmarkIT.image();
            if (image.isPresent()) {
                configurations.put("the image's: Java " + BenchmarkIT.javaVersion(image.get().java())
                        + ", ahead-of-time cache, container flags", image.get());
            }
        }
        for (Map.Entry<String, BenchmarkIT.Launch> config : configurations.entrySet()) {
            if (selected(config.getKey())) {
                ours(kubeconfig, config.getKey(), config.getValue(), floor);
            }
        }
        Optional<Path> peer = peer().filter(p -> selected("peer kubernetes-mcp-server"));
        if (peer.isPresent()) {
            theirs(kubeconfig, peer.get(), floor);
        } else {
            line("(kubernetes-mcp-server not installed: see the README's Performance section to run it beside)");
        }
        if (selected("desktop command over stdio")) {
            desktopOverStdio(kubeconfig);
        }
        line("");
        for (Map.Entry<String, BenchmarkIT.Launch> config : configurations.entrySet()) {
            if (selected(config.getKey())) {
                coldStart(kubeconfig, config.getKey(), config.getValue());
            }
        }
        peer.ifPresent(p -> {
            try {
                peerColdStart(kubeconfig, p);
            } catch (Exception e) {
                line("peer cold start failed: %s", e);
            }
        });
        int holmes = Integer.getInteger("bench.holmes", 0);
        if (holmes > 0) {
            holmesSoak(kubeconfig, holmes);
        }
        Files.writeString(Path.of("target/benchmark-real.md"), report.toString());
    }

    /**
     * HolmesGPT's way of calling, for {@code bench.holmes} seconds: 16 clients, each call a new session (initialize,
     * initialized, tools/call), against the container flags; RSS sampled every 30 s after a minute's warm-up.
     */
    void holmesSoak(Path kubeconfig, int seconds) throws Exception {
        BenchmarkIT.Server server = BenchmarkIT.Server.http(kubeconfig, BenchmarkIT.CONTAINER_FLAGS);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicLong calls = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int id = c;
                clients.add(pool.submit(() -> {
                    String[] namespaces = {"bench-100", "bench-100", "bench-100", "bench-2000"};
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String ns = namespaces[(id + n++) % namespaces.length];
                        for (String body : List.of(BenchmarkIT.INITIALIZE,
                                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                                BenchmarkIT.call(2, "get", "pods", "-n", ns))) {
                            http.send(Peer.request(server.mcp, null, body), HttpResponse.BodyHandlers.discarding());
                        }
                        calls.incrementAndGet();
                    }
                    return null;
                }));
            }
            List<Long> samples = new ArrayList<>();
            Thread.sleep(60_000);
            while (System.nanoTime() < end) {
                samples.add(server.rssMb());
                Thread.sleep(30_000);
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            long first = samples.get(0);
            long min = samples.stream().mapToLong(Long::longValue).min().orElse(first);
            long max = samples.stream().mapToLong(Long::longValue).max().orElse(first);
            line("");
            line("HolmesGPT-style soak, %d s, 16 clients, a new session per call, container flags: %,d calls; RSS "
                    + "after the first minute %d MB, then between %d and %d MB (%+.1f%% / %+.1f%% of the first); "
                    + "samples: %s", seconds, calls.get(), first, min, max, 100.0 * (min - first) / first,
                    100.0 * (max - first) / first, samples);
        } finally {
            server.close();
        }
    }

    /** Pods as a Deployment's ReplicaSet makes them, then a kubelet-style status write. */
    /**
     * {@code -Dbench.hold=SECONDS}: no benchmark; the populated API server stays up that long, its kubeconfig copied
     * to {@code target/bench-real-kubeconfig.yaml}, for trying JVM flags or a profiler by hand against the same data.
     */
    static void holdForExperiments(Path kubeconfig, int seconds) throws Exception {
        Path copy = Path.of("target/bench-real-kubeconfig.yaml").toAbsolutePath();
        Files.copy(kubeconfig, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("API server held for " + seconds + " s; KUBECONFIG=" + copy);
        Thread.sleep(seconds * 1000L);
    }

    static void populate(String namespace, int count) throws Exception {
        KubernetesClient client = API.client();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "web-7d9f8c6b5-%05d", i);
            done.add(pool.submit(() -> {
                Pod pod = client.pods().inNamespace(namespace).resource(pod(namespace, name)).create();
                pod.setStatus(new PodBuilder().withNewStatus().withPhase("Running").withPodIP("10.244.1.17")
                        .withHostIP("172.18.0.3").withStartTime("2026-11-30T08:00:00Z")
                        .addNewCondition().withType("Ready").withStatus("True")
                        .withLastTransitionTime("2026-11-30T08:00:05Z").endCondition()
                        .addNewContainerStatus().withName("app").withReady(true).withRestartCount(0)
                        .withImage("registry.example.com/shop/web:1.42.0").withImageID("registry.example.com/shop/"
                                + "web@sha256:0f3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a")
                        .withNewState().withNewRunning().withStartedAt("2026-11-30T08:00:03Z").endRunning()
                        .endState().endContainerStatus()
                        .addNewContainerStatus().withName("proxy").withReady(true).withRestartCount(1)
                        .withImage("registry.example.com/mesh/proxy:2.3.1").withNewState().withNewRunning()
                        .withStartedAt("2026-11-30T08:00:04Z").endRunning().endState().endContainerStatus()
                        .endStatus().build().getStatus());
                client.pods().inNamespace(namespace).resource(pod).updateStatus();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    static Pod pod(String namespace, String name) {
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace)
                .addToLabels("app", "web").addToLabels("pod-template-hash", "7d9f8c6b5")
                .addToLabels("app.kubernetes.io/part-of", "shop").addToLabels("tier", "frontend")
                .addToAnnotations("kubectl.kubernetes.io/restartedAt", "2026-11-30T07:59:00Z")
                .addToAnnotations("prometheus.io/scrape", "true").addToAnnotations("prometheus.io/port", "9102")
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName("web-7d9f8c6b5")
                .withUid("4f1c2a8e-6b3d-4e5f-9a7b-1c2d3e4f5a6b").withController(true)
                .withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withServiceAccountName("web").withNodeName("worker-1")
                .addNewContainer().withName("app").withImage("registry.example.com/shop/web:1.42.0")
                .addNewPort().withContainerPort(8080).withName("http").endPort()
                .addNewEnv().withName("LOG_LEVEL").withValue("info").endEnv()
                .addNewEnv().withName("CACHE_URL").withValue("redis://cache:6379").endEnv()
                .withNewResources().addToRequests("cpu", new Quantity("100m"))
                .addToLimits("memory", new Quantity("256Mi")).endResources()
                .addNewVolumeMount().withName("config").withMountPath("/etc/web").endVolumeMount()
                .endContainer()
                .addNewContainer().withName("proxy").withImage("registry.example.com/mesh/proxy:2.3.1")
                .addNewPort().withContainerPort(15001).endPort().endContainer()
                .addNewVolume().withName("config").withNewConfigMap().withName("web-config").endConfigMap()
                .endVolume()
                .endSpec().build();
    }

    record Floor(long p100, long p100None, long p2000, long p2000None, int bytes100, int bytes100None) {
    }

    /** What any client must wait for: the Table pages themselves, read whole and not decoded. */
    Floor floor() throws Exception {
        long[][] t = new long[4][];
        int[] bytes = new int[2];
        for (int k = 0; k < 4; k++) {
            boolean none = k % 2 == 1;
            String ns = k < 2 ? "bench-100" : "bench-2000";
            for (int i = 0; i < 30; i++) {
                rawList(ns, none);
            }
            long[] samples = new long[k < 2 ? 300 : 60];
            for (int i = 0; i < samples.length; i++) {
                long s = System.nanoTime();
                int read = rawList(ns, none);
                samples[i] = System.nanoTime() - s;
                if (k < 2) {
                    bytes[k] = read;
                }
            }
            t[k] = samples;
        }
        return new Floor(BenchmarkIT.percentile(t[0], 50), BenchmarkIT.percentile(t[1], 50),
                BenchmarkIT.percentile(t[2], 50), BenchmarkIT.percentile(t[3], 50), bytes[0], bytes[1]);
    }

    /** Every page of the namespace's pods as kubectl asks for them; returns the bytes read. */
    static int rawList(String namespace, boolean none) throws Exception {
        KubernetesClient client = API.client();
        String base = client.getMasterUrl().toString().replaceAll("/$", "") + "/api/v1/namespaces/" + namespace
                + "/pods?limit=500" + (none ? "&includeObject=None" : "");
        String token = "";
        int total = 0;
        do {
            String uri = base + (token.isEmpty() ? "" : "&continue=" + token);
            io.fabric8.kubernetes.client.http.HttpResponse<byte[]> r = client.getHttpClient().sendAsync(
                    client.getHttpClient().newHttpRequestBuilder().uri(uri).header("Accept", KubeApi.ACCEPT_TABLE)
                            .build(), byte[].class).get(30, TimeUnit.SECONDS);
            byte[] body = r.body();
            total += body.length;
            String text = new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"continue\":\"([^\"]*)\"").matcher(text);
            token = m.find() ? URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) : "";
        } while (!token.isEmpty());
        return total;
    }

    void ours(Path kubeconfig, String label, BenchmarkIT.Launch jvm, Floor floor) throws Exception {
        List<double[]> runs = new ArrayList<>();
        long rss10k = 0;
        long rssC8 = 0;
        for (int run = 0; run < RUNS; run++) {
            BenchmarkIT.Server server = BenchmarkIT.Server.http(kubeconfig, jvm);
            try {
                Client client = id -> server.call(id, "get", "pods", "-n", "bench-100");
                Client big = id -> server.call(id, "get", "pods", "-n", "bench-2000");
                runs.add(measureAll(client, big));
                rssC8 = Math.max(rssC8, server.rssMb());
                if (run == RUNS - 1) {
                    rss10k = soak(client, server::rssMb);
                }
            } finally {
                server.close();
                server.process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        row(label, median(runs), floor, rssC8, rss10k);
    }

    /** {@code bench.soak} more calls at concurrency 8 (10,000); returns the RSS after them. */
    long soak(Client client, RssProbe rss) throws Exception {
        Load.run(client, SOAK, 8);
        return rss.mb();
    }

    double[] measureAll(Client small, Client big) throws Exception {
        return measureAll(small, big, 1);
    }

    /** @param divisor fewer calls for a server whose client throttles itself (the peer's five requests a second) */
    double[] measureAll(Client small, Client big, int divisor) throws Exception {
        Load.run(small, 300 / divisor, 4);
        Load.run(big, 20 / divisor, 2);
        Load.Result s1 = Load.run(small, 500 / divisor, 1);
        Load.Result s8 = Load.run(small, 2000 / divisor, 8);
        Load.Result b1 = Load.run(big, 40 / divisor, 1);
        Load.Result b8 = Load.run(big, 120 / divisor, 8);
        return new double[] {s1.p50(), s8.perSecond(), b1.p50(), b8.perSecond()};
    }

    void row(String label, double[] m, Floor floor, long rssC8, long rssSoak) {
        line("| %s | %.1f ms | %.2f | %.0f calls/s | %.0f ms | %.2f (%.2f) | %.1f calls/s | %d MB | %d MB |", label,
                m[0] / 1e6, m[0] / floor.p100, m[1], m[2] / 1e6, m[2] / floor.p2000, m[2] / floor.p2000None, m[3],
                rssC8, rssSoak);
    }

    static double[] median(List<double[]> runs) {
        double[] out = new double[runs.get(0).length];
        for (int i = 0; i < out.length; i++) {
            int k = i;
            double[] values = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
            out[i] = values[values.length / 2];
        }
        return out;
    }

    /** The Go peer from npm: KMS_BIN, else target/bench-peer (README: npm install --prefix target/bench-peer). */
    static Optional<Path> peer() {
        String env = System.getenv("KMS_BIN");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Path npm = Path.of("target/bench-peer/node_modules/kubernetes-mcp-server-linux-amd64/bin/"
                + "kubernetes-mcp-server-linux-amd64");
        return Files.isExecutable(npm) ? Optional.of(npm) : Optional.empty();
    }

    void theirs(Path kubeconfig, Path binary, Floor floor) throws Exception {
        List<double[]> runs = new ArrayList<>();
        long rss10k = 0;
        long rssC8 = 0;
        for (int run = 0; run < RUNS; run++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--kubeconfig",
                    kubeconfig.toString(), "--read-only", "--disable-multi-cluster", "--log-file", "stderr")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                Peer peer = Peer.connect(port);
                Client client = id -> peer.call(id, "bench-100");
                Client big = id -> peer.call(id, "bench-2000");
                runs.add(measureAll(client, big, PEER_DIVISOR));
                rssC8 = Math.max(rssC8, rssOf(p.pid()));
                if (run == RUNS - 1) {
                    Load.run(client, SOAK / PEER_DIVISOR, 8);
                    rss10k = rssOf(p.pid());
                }
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        row("kubernetes-mcp-server " + version(binary), median(runs), floor, rssC8, rss10k);
    }

    static String version(Path binary) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.replaceAll("\\s+", " ");
    }

    static long rssOf(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * RSS of the README's desktop command as a desktop client runs it: over stdio (no Jetty, no metrics registry),
     * eight calls in flight, after the 2,000-pod lists and after {@code bench.soak} more 100-pod lists.
     */
    void desktopOverStdio(Path kubeconfig) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(BenchmarkIT.Launch.of(BenchmarkIT.DESKTOP_FLAGS).command())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("KUBECONFIG", kubeconfig.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            Semaphore inFlight = new Semaphore(8);
            AtomicInteger failed = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (BufferedReader answers = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = answers.readLine()) != null; ) {
                        if (line.contains("\"isError\":true")) {
                            failed.incrementAndGet();
                        }
                        inFlight.release();
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            int[] id = {1}; // 1 is initialize
            StdioCalls calls = (namespace, n) -> {
                for (int i = 0; i < n; i++) {
                    inFlight.acquire();
                    in.write((BenchmarkIT.call(++id[0], "get", "pods", "-n", namespace) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
                inFlight.acquire(8);
                inFlight.release(8);
            };
            inFlight.acquire();
            in.write((BenchmarkIT.INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            calls.run("bench-100", 300);
            calls.run("bench-2000", 120);
            long afterC8 = rssOf(p.pid());
            calls.run("bench-100", SOAK);
            line("desktop command over stdio, 8 calls in flight: RSS %d MB after 2,000-pod lists, %d MB after %,d "
                    + "more calls; %d calls failed", afterC8, rssOf(p.pid()), SOAK, failed.get());
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    interface StdioCalls {
        void run(String namespace, int calls) throws Exception;
    }

    /** Process start to the initialize answer over stdio, and to the first list answer. */
    void coldStart(Path kubeconfig, String label, BenchmarkIT.Launch jvm) throws Exception {
        long[] init = new long[5];
        long[] first = new long[5];
        for (int i = 0; i < init.length; i++) {
            ProcessBuilder pb = new ProcessBuilder(jvm.command()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("KUBECONFIG", kubeconfig.toString());
            long[] times = stdioStart(pb, BenchmarkIT.call(2, "get", "pods", "-n", "bench-100"));
            init[i] = times[0];
            first[i] = times[1];
        }
        line("cold start, %s: initialize answered after %.0f ms, first list after %.0f ms (p50 of 5)", label,
                BenchmarkIT.percentile(init, 50) / 1e6, BenchmarkIT.percentile(first, 50) / 1e6);
    }

    void peerColdStart(Path kubeconfig, Path binary) throws Exception {
        long[] init = new long[5];
        long[] first = new long[5];
        for (int i = 0; i < init.length; i++) {
            ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--kubeconfig", kubeconfig.toString(),
                    "--read-only", "--disable-multi-cluster").redirectError(ProcessBuilder.Redirect.DISCARD);
            long[] times = stdioStart(pb, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                    + Peer.callBody(2, "bench-100"));
            init[i] = times[0];
            first[i] = times[1];
        }
        line("cold start, kubernetes-mcp-server: initialize answered after %.0f ms, first list after %.0f ms",
                BenchmarkIT.percentile(init, 50) / 1e6, BenchmarkIT.percentile(first, 50) / 1e6);
    }

    static long[] stdioStart(ProcessBuilder pb, String then) throws Exception {
        long start = System.nanoTime();
        Process p = pb.start();
        long[] out = new long[2];
        try (OutputStream in = p.getOutputStream();
             BufferedReader answers = new BufferedReader(new InputStreamReader(p.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write((BenchmarkIT.INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            answers.readLine();
            out[0] = System.nanoTime() - start;
            in.write((then + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (String line; (line = answers.readLine()) != null; ) {
                if (line.contains("\"id\":2")) {
                    break;
                }
            }
            out[1] = System.nanoTime() - start;
        }
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    @FunctionalInterface
    interface Client {
        String call(int id) throws Exception;
    }

    @FunctionalInterface
    interface RssProbe {
        long mb() throws IOException;
    }

    /** Calls at a concurrency; the p50 of their latencies and the calls per second of the whole batch. */
    static final class Load {
        record Result(double p50, double perSecond) {
        }

        static Result run(Client client, int calls, int concurrency) throws Exception {
            long[] t = new long[calls];
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    client.call(n + 10);
                    t[n] = System.nanoTime() - s;
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            long elapsed = System.nanoTime() - start;
            pool.shutdown();
            return new Result(BenchmarkIT.percentile(t, 50), calls / (elapsed / 1e9));
        }
    }

    /** kubernetes-mcp-server over streamable HTTP: one session, then pods_list_in_namespace calls. */
    static final class Peer {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final URI mcp;
        final String session;

        private Peer(URI mcp, String session) {
            this.mcp = mcp;
            this.session = session;
        }

        static Peer connect(int port) throws Exception {
            URI mcp = URI.create("http://127.0.0.1:" + port + "/mcp");
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 100; i++) {
                try {
                    HttpResponse<String> r = http.send(request(mcp, null, BenchmarkIT.INITIALIZE),
                            HttpResponse.BodyHandlers.ofString());
                    String session = r.headers().firstValue("Mcp-Session-Id").orElse(null);
                    Peer peer = new Peer(mcp, session);
                    peer.http.send(request(mcp, session, "{\"jsonrpc\":\"2.0\",\"method\":"
                            + "\"notifications/initialized\"}"), HttpResponse.BodyHandlers.discarding());
                    return peer;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("kubernetes-mcp-server did not start on port " + port);
        }

        static HttpRequest request(URI mcp, String session, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(mcp).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (session != null) {
                b.header("Mcp-Session-Id", session);
            }
            return b.build();
        }

        static String callBody(int id, String namespace) {
            return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"pods_list_in_namespace\",\"arguments\":{\"namespace\":\"" + namespace + "\"}}}";
        }

        String call(int id, String namespace) throws Exception {
            HttpResponse<String> r = http.send(request(mcp, session, callBody(id, namespace)),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().contains("\"isError\":true")) {
                throw new IllegalStateException("peer call failed: " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }
}
