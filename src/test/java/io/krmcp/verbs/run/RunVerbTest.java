package io.krmcp.verbs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code run}: the hardened pod sent, waiting for it, its exit code, and cleanup after success, failure and timeout. */
class RunVerbTest {

    DemoKubectl demo;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandRunner kubectl(String timeoutSeconds) {
        return demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,run", "KUBECTL_ALLOWED_IMAGES", "busybox",
                "KUBECTL_TIMEOUT", timeoutSeconds));
    }

    CommandOutcome run(String... args) {
        return kubectl("30").run(List.of(args));
    }

    Pod pod(String name) {
        return demo.cluster().client().pods().inNamespace("shop").withName(name).get();
    }

    /** Plays the kubelet: once the pod exists, marks it finished with the exit code given. */
    CompletableFuture<Void> finishWhenCreated(String name, int exitCode) {
        KubernetesClient client = demo.cluster().client();
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 100 && pod(name) == null; i++) {
                sleep(50);
            }
            client.pods().inNamespace("shop").withName(name).editStatus(p -> new PodBuilder(p).editOrNewStatus()
                    .withPhase(exitCode == 0 ? "Succeeded" : "Failed")
                    .addNewContainerStatus().withName(name).withNewState().withNewTerminated()
                    .withExitCode(exitCode).withReason(exitCode == 0 ? "Completed" : "Error").endTerminated()
                    .endState().endContainerStatus().endStatus().build());
        });
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void createsAHardenedPod() throws Exception {
        CommandOutcome o = run("run", "debug", "--image=busybox:1.36", "-n", "shop", "--env=MODE=check",
                "--labels=team=sre", "--", "sleep", "5");
        assertEquals("pod/debug created\n", o.stdout(), o.stderr());
        RecordedRequest post = demo.requests().stream().filter(r -> r.getMethod().equals("POST")).findFirst()
                .orElseThrow();
        JsonNode pod = new ObjectMapper().readTree(new String(post.getBody().getBytes(), StandardCharsets.UTF_8));
        JsonNode spec = pod.path("spec");
        JsonNode container = spec.path("containers").path(0);
        assertFalse(spec.path("automountServiceAccountToken").asBoolean(true));
        assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.path("securityContext").path("capabilities").path("drop").path(0).asText());
        assertEquals("256Mi", container.path("resources").path("limits").path("memory").asText());
        assertEquals("Always", spec.path("restartPolicy").asText());
        assertEquals("30", spec.path("activeDeadlineSeconds").asText());
        assertEquals("kubernetes-remediation-mcp", pod.path("metadata").path("labels")
                .path("app.kubernetes.io/managed-by").asText());
        assertEquals("sre", pod.path("metadata").path("labels").path("team").asText());
        assertEquals("[\"sleep\",\"5\"]", container.path("args").toString());
        assertEquals("MODE", container.path("env").path(0).path("name").asText());
    }

    @Test
    void imagesOutsideTheAllowlistAreRefused() {
        CommandOutcome o = run("run", "debug", "--image=alpine", "-n", "shop");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("image 'alpine' is not allowed"), o.stderr());
        assertNull(pod("debug"));
    }

    @Test
    void rmWaitsReturnsTheExitCodeAndDeletesThePod() throws Exception {
        CompletableFuture<Void> kubelet = finishWhenCreated("probe", 0);
        CommandOutcome o = run("run", "probe", "--image=busybox", "-n", "shop", "--restart=Never", "--rm",
                "--command", "--", "sh", "-c", "nslookup cart");
        kubelet.get(5, TimeUnit.SECONDS);
        assertEquals(0, o.returnCode(), o.stderr());
        assertTrue(o.stdout().endsWith("pod \"probe\" deleted from shop namespace\n"), o.stdout());
        assertNull(pod("probe"));
        assertTrue(demo.requests().stream().anyMatch(r -> r.getPath().equals("/api/v1/namespaces/shop/pods/probe/log")));
    }

    @Test
    void aFailedContainerIsTheResultsCodeAndThePodIsStillDeleted() throws Exception {
        CompletableFuture<Void> kubelet = finishWhenCreated("probe", 3);
        CommandOutcome o = run("run", "probe", "--image=busybox", "-n", "shop", "--restart=Never", "--rm", "--",
                "false");
        kubelet.get(5, TimeUnit.SECONDS);
        assertEquals(3, o.returnCode());
        assertTrue(o.stderr().contains("pod shop/probe terminated (Error)"), o.stderr());
        assertNull(pod("probe"));
    }

    @Test
    void aPodThatNeverFinishesTimesOutAndIsCleanedUp() {
        long start = System.nanoTime();
        CommandOutcome o = kubectl("3").run(List.of("run", "stuck", "--image=busybox", "-n", "shop",
                "--restart=Never", "--rm"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, o.returnCode());
        assertEquals("timed out after 3 seconds", o.error().orElse(""));
        assertTrue(ms < 4_500, "took " + ms + " ms");
        assertNull(pod("stuck"));
    }

    @Test
    void dryRunsCreateNothing() {
        assertEquals("pod/debug created (dry run)\n", run("run", "debug", "--image=busybox", "-n", "shop",
                "--dry-run=client").stdout());
        assertEquals("pod/debug created (server dry run)\n", run("run", "debug", "--image=busybox", "-n", "shop",
                "--dry-run=server").stdout());
        assertNull(pod("debug"));
    }

    @Test
    void usageErrors() {
        assertTrue(run("run", "--image=busybox").stderr().contains("NAME is required for run"));
        assertTrue(run("run", "x", "-n", "shop", "--image=busybox", "--rm").stderr()
                .contains("--rm and --attach need a pod that finishes"));
        assertTrue(run("run", "x", "-n", "shop", "--image=busybox", "--restart=Sometimes").stderr()
                .contains("invalid restart policy: Sometimes"));
        assertTrue(run("run", "x", "-n", "shop", "--image=busybox", "--privileged").stderr()
                .contains("privileged"));
        assertTrue(run("run", "Bad_Name", "-n", "shop", "--image=busybox").stderr().contains("invalid pod name"));
    }
}
