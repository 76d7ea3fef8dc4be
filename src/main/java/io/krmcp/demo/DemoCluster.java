package io.krmcp.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import io.krmcp.command.GoDuration;

/**
 * {@code --demo}: an in-process fabric8 mock API server on loopback, seeded with a small shop (deployments with their
 * ReplicaSets and pods, a pod in CrashLoopBackOff, a Pending pod, services, a configmap, a secret, Warning events),
 * so a newcomer can try the server with no cluster. Timestamps are relative to start, so ages read naturally.
 */
public final class DemoCluster implements AutoCloseable {

    private static final Pattern AGO = Pattern.compile("\\{\\{ago:([0-9a-z]+)}}");
    /** MicroTime fields (a Lease's renewTime) must carry six fraction digits to be read back. */
    private static final Pattern AGO_MICRO = Pattern.compile("\\{\\{ago-micro:([0-9a-z]+)}}");
    private static final DateTimeFormatter MICRO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);
    private static final Pattern UID = Pattern.compile("\\{\\{uid:([A-Za-z]+/[a-z0-9-]+)}}");
    private static final String SEED = "/io/krmcp/demo/shop.yaml";
    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    private DemoCluster(KubernetesMockServer server, KubernetesClient client) {
        this.server = server;
        this.client = client;
    }

    public static DemoCluster start(Clock clock) throws IOException {
        MOCK_LOG.setLevel(Level.WARNING);
        DemoDispatcher dispatcher = new DemoDispatcher();
        List<HasMetadata> objects = new ArrayList<>(objects(clock.instant()));
        // A real API server lists in key order (namespace, then name); the mock lists in insertion order.
        objects.sort(Comparator
                .comparing((HasMetadata o) -> o.getMetadata().getNamespace() == null ? "" : o.getMetadata().getNamespace())
                .thenComparing(o -> o.getMetadata().getName()));
        objects.forEach(dispatcher::seed);
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        return new DemoCluster(server, server.createClient());
    }

    /** The seed objects, placeholders resolved against {@code now}. */
    static List<HasMetadata> objects(Instant now) throws IOException {
        String text;
        try (InputStream in = DemoCluster.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IOException("demo seed " + SEED + " is missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        text = replace(AGO, text, ago -> second.minus(age(ago)).toString());
        text = replace(AGO_MICRO, text, ago -> MICRO.format(second.minus(age(ago))));
        text = replace(UID, text, DemoCluster::uid);
        List<HasMetadata> items = Serialization.unmarshal(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        for (HasMetadata item : items) {
            item.getMetadata().setUid(uid(item.getKind() + "/" + item.getMetadata().getName()));
        }
        return items;
    }

    /** {@code 3d}, {@code 2h}, {@code 2m50s}: Go durations plus days. */
    private static Duration age(String text) {
        return text.endsWith("d") ? Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1)))
                : GoDuration.parse(text);
    }

    /** Stable UIDs, so owner references and event subjects point at the objects they name. */
    private static String uid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String replace(Pattern pattern, String text, Function<String, String> value) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The mock server itself, so tests can inspect the requests it received. */
    public KubernetesMockServer mockServer() {
        return server;
    }

    public KubernetesClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
