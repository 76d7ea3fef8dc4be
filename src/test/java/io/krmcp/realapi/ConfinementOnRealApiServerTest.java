package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * The namespace lists hold for every request the server makes, not only for the command line: a describer's
 * follow-up, drain's pod list and writes to types the policy cannot know (a CRD, an aggregated API registration),
 * on a real API server with real scopes.
 */
class ConfinementOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();

    static final String WRITES = "get,describe,logs,events,label,annotate,patch,delete,drain,rollout,auth";

    @BeforeAll
    static void objects() {
        objects(API.client());
    }

    static void objects(KubernetesClient c) {
        for (String ns : List.of("shop", "other", "secure")) {
            c.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
                    .create();
            c.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("app-" + ns).endMetadata()
                    .withNewSpec().withNodeName("n1").addNewContainer().withName("app").withImage("nginx")
                    .endContainer().endSpec().build()).create();
        }
        c.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();
        c.resourceQuotas().inNamespace("other").resource(new ResourceQuotaBuilder().withNewMetadata()
                .withName("other-quota").endMetadata().withNewSpec().addToHard("pods", new Quantity("7")).endSpec()
                .build()).create();
        c.limitRanges().inNamespace("other").resource(new LimitRangeBuilder().withNewMetadata()
                .withName("other-limits").endMetadata().withNewSpec().addNewLimit().withType("Container")
                .addToMax("memory", new Quantity("1Gi")).endLimit().endSpec().build()).create();
        RealApiServer.establish(c, new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("widgets.example.com").endMetadata().withNewSpec()
                .withGroup("example.com").withScope("Cluster").withNewNames().withPlural("widgets")
                .withSingular("widget").withKind("Widget").endNames().addNewVersion().withName("v1").withServed(true)
                .withStorage(true).withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema().endVersion().endSpec()
                .build());
        c.genericKubernetesResources("example.com/v1", "Widget").resource(
                new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1")
                        .withKind("Widget").withNewMetadata().withName("w1").endMetadata().build()).create();
    }

    static CommandRunner allowShop() {
        return TestRunners.runner(API.client(), Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS", WRITES,
                "KUBECTL_ALLOWED_NAMESPACES", "shop", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    static CommandRunner denySecure() {
        return TestRunners.runner(API.client(), Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS", WRITES,
                "KUBECTL_DENIED_NAMESPACES", "secure", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    static CommandOutcome run(CommandRunner r, String... args) {
        return r.run(List.of(args));
    }

    @Test
    void describeNodeListsOnlyPodsOfAllowedNamespaces() {
        for (CommandRunner r : List.of(allowShop(), denySecure())) {
            CommandOutcome o = run(r, "describe", "node", "n1", "-n", "shop");
            assertEquals(0, o.returnCode(), o.stderr());
            assertTrue(o.stdout().contains("app-shop"), o.stdout());
            assertFalse(o.stdout().contains("app-secure"), o.stdout());
            assertTrue(o.stderr().contains("left out of this answer"), o.stderr());
        }
        CommandOutcome shopOnly = run(allowShop(), "describe", "node", "n1", "-n", "shop");
        assertFalse(shopOnly.stdout().contains("app-other"), shopOnly.stdout());
        // the pods of other and secure, and the node's lease in kube-node-lease
        assertEquals("note: 3 objects or lookups were left out of this answer: they are in namespaces this server "
                + "may not touch (allowed: shop)\n", shopOnly.stderr());
    }

    @Test
    void describeOfAnotherNamespaceCannotReadItsQuotasOrLimitRanges() {
        for (List<String> args : List.of(List.of("describe", "ns", "other", "-n", "shop"),
                List.of("describe", "namespaces", "-n", "shop"))) {
            CommandOutcome o = allowShop().run(args);
            assertEquals(0, o.returnCode(), o.stderr());
            assertTrue(o.stdout().contains("Name:         other"), o.stdout());
            assertFalse(o.stdout().contains("other-quota") || o.stdout().contains("1Gi"), o.stdout());
            assertTrue(o.stderr().contains("left out of this answer"), o.stderr());
        }
        CommandOutcome own = run(allowShop(), "describe", "ns", "shop", "-n", "shop");
        assertTrue(own.stdout().contains("Name:") && own.stderr().isEmpty(), own.stdout() + own.stderr());
    }

    @Test
    void drainNeverEvictsPodsOfADeniedNamespace() {
        CommandOutcome o = run(denySecure(), "drain", "n1", "--force", "--dry-run=server");
        assertTrue(o.stdout().contains("app-shop") && o.stdout().contains("app-other"), o.stdout());
        assertFalse(o.stdout().contains("app-secure"), o.stdout());
        assertTrue(o.stderr().contains("1 object or lookup was left out"), o.stderr());
        CommandOutcome selected = run(denySecure(), "drain", "n1", "--force", "--pod-selector", "x!=y",
                "--dry-run=server");
        assertFalse(selected.stdout().contains("app-secure"), selected.stdout());
    }

    @Test
    void theDeniedNamespaceItselfCannotBeChanged() {
        for (List<String> args : List.of(
                List.of("label", "namespace", "secure", "pod-security.kubernetes.io/enforce=privileged"),
                List.of("annotate", "namespace", "secure", "x=y"),
                List.of("patch", "namespace", "secure", "-p", "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}"),
                List.of("delete", "namespace", "secure"))) {
            CommandOutcome o = denySecure().run(args);
            assertTrue(o.denial().isPresent(), () -> args + " ran: " + o.stdout() + o.stderr());
        }
        assertEquals(null, API.client().namespaces().withName("secure").get().getMetadata().getLabels()
                .get("pod-security.kubernetes.io/enforce"));
        assertTrue(API.client().namespaces().withName("secure").get().getMetadata().getDeletionTimestamp() == null);
    }

    @Test
    void clusterScopedWritesOfAnyTypeAreRefusedUnderAnAllowlist() {
        for (List<String> args : List.of(
                List.of("patch", "apiservices", "v1.apps", "-n", "shop", "--type", "merge", "-p",
                        "{\"spec\":{\"insecureSkipTLSVerify\":true}}"),
                List.of("delete", "apiservices", "v1.apps", "-n", "shop"),
                List.of("label", "flowschemas", "exempt", "-n", "shop", "x=y"),
                List.of("annotate", "widgets", "--all", "-n", "shop", "x=y"),
                List.of("patch", "widget", "w1", "-n", "shop", "--type", "merge", "-p", "{\"spec\":{\"a\":1}}"),
                List.of("delete", "widgets.example.com", "w1", "-n", "shop"))) {
            CommandOutcome o = allowShop().run(args);
            assertTrue(o.denial().isPresent(), () -> args + " ran: " + o.stdout() + o.stderr());
        }
        Map<String, String> annotations = API.client().genericKubernetesResources("example.com/v1", "Widget")
                .withName("w1").get().getMetadata().getAnnotations();
        assertTrue(annotations == null || annotations.isEmpty(), String.valueOf(annotations));
        assertEquals(null, API.client().apiextensions().v1().customResourceDefinitions()
                .withName("widgets.example.com").get().getMetadata().getDeletionTimestamp());
    }

    @Test
    void readsAndChecksStillWorkInsideTheAllowedNamespace() {
        assertEquals(0, run(allowShop(), "get", "widgets", "-n", "shop").returnCode());
        assertEquals(0, run(allowShop(), "auth", "can-i", "get", "pods", "-n", "shop").returnCode());
        CommandOutcome events = run(allowShop(), "events", "-n", "shop", "--for", "pod/app-shop");
        assertEquals(0, events.returnCode(), events.stderr());
        CommandOutcome label = run(allowShop(), "label", "pod", "app-shop", "-n", "shop", "checked=yes");
        assertEquals("pod/app-shop labeled\n", label.stdout(), label.stderr());
    }
}
