package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * The verbs against a real API server: its Tables, paging, patch strategies, dry runs, preconditions, evictions
 * and PodDisruptionBudgets, discovery and OpenAPI. With no controllers, the test writes what controllers would.
 */
class VerbsOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();
    static CommandRunner kubectl;
    static final String NS = "verbs";

    @BeforeAll
    static void objects() {
        KubernetesClient c = API.client();
        c.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
        c.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();
        c.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName("web")
                .addToLabels("app", "web").endMetadata().withNewSpec().withReplicas(2).withNewSelector()
                .addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("app")
                .withImage("nginx:1.25").endContainer().endSpec().endTemplate().endSpec().build()).create();
        c.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder().withNewMetadata().withName("db")
                .endMetadata().withNewSpec().withReplicas(1).withServiceName("db").withNewSelector()
                .addToMatchLabels("app", "db").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "db").endMetadata().withNewSpec().addNewContainer().withName("db")
                .withImage("postgres:16").endContainer().endSpec().endTemplate().endSpec().build()).create();
        for (int i = 0; i < 3; i++) {
            c.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName("web-" + i)
                    .addToLabels("app", "web").addToLabels("tier", i == 0 ? "front" : "back").endMetadata()
                    .withNewSpec().withNodeName("n1").addNewContainer().withName("app").withImage("nginx")
                    .endContainer().endSpec().build()).create();
            // what the kubelet would report: running and ready, so a disruption budget counts them as healthy
            c.pods().inNamespace(NS).withName("web-" + i).editStatus(p -> {
                p.getStatus().setPhase("Running");
                p.getStatus().setConditions(List.of(new PodConditionBuilder()
                        .withType("Ready").withStatus("True").build()));
                return p;
            });
        }
        for (int i = 0; i < 520; i++) {
            c.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata()
                    .withName(String.format("cm-%03d", i)).endMetadata().addToData("k", "v" + i).build()).create();
        }
        c.policy().v1().podDisruptionBudget().inNamespace(NS).resource(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("web").endMetadata().withNewSpec()
                .withMinAvailable(new IntOrString(3)).withNewSelector().addToMatchLabels("app", "web").endSelector()
                .endSpec().build()).create();
        kubectl = TestRunners.runner(c, Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS",
                "get,describe,delete,scale,patch,rollout,label,annotate,cordon,uncordon,taint,drain,auth,"
                        + "api-resources,api-versions,explain,events,cluster-info,version",
                "K8S_MCP_SECURITY_MODE", "permissive", "KUBECTL_TIMEOUT", "20",
                "KUBECTL_MAX_OUTPUT_BYTES", "1000000"));
    }

    static CommandOutcome run(String... args) {
        return kubectl.run(List.of(args));
    }

    static String ok(String... args) {
        CommandOutcome o = run(args);
        assertEquals(0, o.returnCode(), () -> String.join(" ", args) + ": " + o.stderr());
        return o.stdout();
    }

    @Test
    void getPagesOverFiveHundredAndSortsAndSelects() {
        String names = ok("get", "configmaps", "-n", NS, "-o", "name");
        // two pages of 500 (no controller publishes kube-root-ca.crt here)
        assertEquals(520, names.lines().count());
        String sorted = ok("get", "pods", "-n", NS, "--sort-by=.metadata.name", "-o", "name");
        assertEquals("pod/web-0\npod/web-1\npod/web-2\n", sorted);
        String table = ok("get", "pods", "-n", NS, "-l", "tier=back", "-L", "tier");
        assertTrue(table.startsWith("NAME    READY   STATUS    RESTARTS   AGE   TIER\n"), table);
        assertEquals(3, table.lines().count(), table);
        String set = ok("get", "pods", "-n", NS, "-l", "tier in (front)", "-o", "name");
        assertEquals("pod/web-0\n", set);
        String wide = ok("get", "deploy", "web", "-n", NS, "-o", "wide");
        assertTrue(wide.contains("CONTAINERS") && wide.contains("nginx:1.25") && wide.contains("app=web"), wide);
        String lists = ok("get", "deploy,sts", "-n", NS);
        assertTrue(lists.contains("deployment.apps/web") && lists.contains("statefulset.apps/db"), lists);
        String custom = ok("get", "deploy", "web", "-n", NS, "-o", "custom-columns=NAME:.metadata.name,"
                + "REPLICAS:.spec.replicas");
        assertEquals("NAME   REPLICAS\nweb    2\n", custom);
        String missing = run("get", "pod", "nope", "-n", NS).stderr();
        assertEquals("Error from server (NotFound): pods \"nope\" not found\n", missing);
    }

    @Test
    void scaleHonoursPreconditionsAndDryRuns() {
        assertEquals("deployment.apps/web scaled (server dry run)\n",
                ok("scale", "deploy", "web", "-n", NS, "--replicas=5", "--dry-run=server"));
        assertEquals("2", ok("get", "deploy", "web", "-n", NS, "-o", "jsonpath={.spec.replicas}"));
        CommandOutcome wrong = run("scale", "deploy", "web", "-n", NS, "--replicas=4", "--current-replicas=3");
        assertEquals(1, wrong.returnCode());
        assertTrue(wrong.stderr().contains("Expected replicas to be 3, was 2"), wrong.stderr());
        assertEquals("deployment.apps/web scaled\n", ok("scale", "deploy", "web", "-n", NS, "--replicas=3",
                "--current-replicas=2"));
        assertEquals("3", ok("get", "deploy", "web", "-n", NS, "-o", "jsonpath={.spec.replicas}"));
        ok("scale", "deploy", "web", "-n", NS, "--replicas=2");
    }

    @Test
    void patchStrategiesAreTheServers() {
        // strategic: containers merge by name, so the image changes and the container list keeps one entry
        ok("patch", "deploy", "web", "-n", NS, "-p",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.26\"}]}}}}");
        assertEquals("nginx:1.26", ok("get", "deploy", "web", "-n", NS, "-o",
                "jsonpath={.spec.template.spec.containers[*].image}"));
        assertEquals("deployment.apps/web patched (no change)\n", ok("patch", "deploy", "web", "-n", NS, "-p",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.26\"}]}}}}"));
        ok("patch", "deploy", "web", "-n", NS, "--type", "json", "-p",
                "[{\"op\":\"add\",\"path\":\"/metadata/labels/patched\",\"value\":\"json\"}]");
        assertEquals("json", ok("get", "deploy", "web", "-n", NS, "-o", "jsonpath={.metadata.labels.patched}"));
        String dry = ok("patch", "deploy", "web", "-n", NS, "--type", "merge", "-p",
                "{\"metadata\":{\"labels\":{\"dry\":\"yes\"}}}", "--dry-run=server", "-o", "yaml");
        assertTrue(dry.contains("dry: \"yes\""), dry);
        assertEquals("", ok("get", "deploy", "web", "-n", NS, "-o", "jsonpath={.metadata.labels.dry}"));
        ok("patch", "deploy", "web", "-n", NS, "--subresource", "status", "--type", "merge", "-p",
                "{\"status\":{\"observedGeneration\":7}}");
        assertEquals("7", ok("get", "deploy", "web", "-n", NS, "-o", "jsonpath={.status.observedGeneration}"));
        CommandOutcome invalid = run("patch", "deploy", "web", "-n", NS, "--type", "merge", "-p",
                "{\"spec\":{\"replicas\":-1}}");
        assertTrue(invalid.stderr().contains("spec.replicas: Invalid value: -1"), invalid.stderr());
    }

    @Test
    void rolloutRestartPauseResumeAndHistory() {
        assertEquals("deployment.apps/web restarted\n", ok("rollout", "restart", "deploy/web", "-n", NS));
        assertTrue(ok("get", "deploy", "web", "-n", NS, "-o", "yaml").contains("kubectl.kubernetes.io/restartedAt"));
        assertEquals("deployment.apps/web paused\n", ok("rollout", "pause", "deploy/web", "-n", NS));
        assertEquals("deployment.apps/web resumed\n", ok("rollout", "resume", "deploy/web", "-n", NS));
        assertEquals("statefulset.apps/db restarted\n", ok("rollout", "restart", "sts/db", "-n", NS));
    }

    @Test
    void labelsAnnotationsAndTaints() {
        assertEquals("pod/web-2 labeled\n", ok("label", "pod", "web-2", "-n", NS, "checked=yes"));
        assertEquals("pod/web-2 annotated\n", ok("annotate", "pod", "web-2", "-n", NS, "note=seen"));
        assertEquals("node/n1 tainted\n", ok("taint", "nodes", "n1", "maint=yes:NoSchedule"));
        assertEquals("node/n1 untainted\n", ok("taint", "nodes", "n1", "maint:NoSchedule-"));
        CommandOutcome overwrite = run("label", "pod", "web-2", "-n", NS, "checked=no");
        assertTrue(overwrite.stderr().contains("already has a value (yes)"), overwrite.stderr());
    }

    @Test
    void drainWaitsOnABudgetThatAllowsNoneThenEvictsWhenItAllows() {
        // the disruption controller's count: 3 healthy, 3 wanted, none may go
        API.client().policy().v1().podDisruptionBudget().inNamespace(NS).withName("web").editStatus(p -> {
            p.getStatus().setDisruptionsAllowed(0);
            p.getStatus().setCurrentHealthy(3);
            p.getStatus().setDesiredHealthy(3);
            p.getStatus().setExpectedPods(3);
            p.getStatus().setObservedGeneration(p.getMetadata().getGeneration());
            return p;
        });
        CommandOutcome refused = run("drain", "n1", "--force", "--timeout=6s", "--pod-selector", "tier=back");
        assertTrue(refused.stderr().contains("Cannot evict pod as it would violate the pod's disruption budget"),
                refused.stderr());
        assertFalse(API.client().pods().inNamespace(NS).withName("web-1").get() == null);
        API.client().policy().v1().podDisruptionBudget().inNamespace(NS).withName("web").editStatus(p -> {
            p.getStatus().setDisruptionsAllowed(1);
            return p;
        });
        CommandOutcome dry = run("drain", "n1", "--force", "--dry-run=server", "--pod-selector", "tier=front");
        assertTrue(dry.stdout().contains("evicting pod verbs/web-0 (server dry run)"), dry.stdout() + dry.stderr());
        assertEquals("node/n1 uncordoned\n", ok("uncordon", "n1"));
    }

    @Test
    void deleteFormsAndDryRuns() {
        assertEquals("configmap \"cm-000\" deleted from verbs namespace (server dry run)\n",
                ok("delete", "cm", "cm-000", "-n", NS, "--dry-run=server"));
        assertEquals("v0", ok("get", "cm", "cm-000", "-n", NS, "-o", "jsonpath={.data.k}"));
        assertEquals("configmap \"cm-001\" deleted from verbs namespace\n", ok("delete", "configmap/cm-001", "-n", NS));
        assertEquals("", ok("delete", "cm", "cm-001", "-n", NS, "--ignore-not-found"));
        CommandOutcome missing = run("delete", "cm", "cm-001", "-n", NS);
        assertEquals("Error from server (NotFound): configmaps \"cm-001\" not found\n", missing.stderr());
    }

    @Test
    void discoveryOpenApiAndChecks() {
        assertTrue(ok("api-resources").contains("deployments                       deploy       apps/v1"));
        assertTrue(ok("api-versions").contains("apps/v1\n"));
        assertTrue(ok("explain", "deployment.spec.replicas").contains("FIELD: replicas <integer>"));
        assertEquals("yes\n", ok("auth", "can-i", "delete", "pods", "-n", NS));
        assertTrue(ok("auth", "can-i", "--list", "-n", NS).contains("*.*"));
        assertTrue(ok("version").contains("Server Version: v1.28.0"));
        assertTrue(ok("cluster-info").startsWith("Kubernetes control plane is running at https://"));
        List<String> kinds = new ArrayList<>(List.of(ok("get", "all", "-n", NS, "-o", "name").split("\n")));
        assertTrue(kinds.contains("deployment.apps/web") && kinds.contains("pod/web-0"), kinds.toString());
    }
}
