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
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * What kubectl prints for real objects, from a real API server: server-side Tables of a CRD with empty, boolean and
 * multi-line columns, labels in kubectl's order, managedFields left out of -o yaml|json, a defaulted PV source. The
 * expected texts were recorded with kubectl against kube-apiserver v1.28 (ages replaced by AGE).
 */
class OutputOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();
    static CommandRunner kubectl;

    @BeforeAll
    static void objects() {
        KubernetesClient c = API.client();
        RealApiServer.establish(c, new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("gadgets.example.com").endMetadata().withNewSpec()
                .withGroup("example.com").withScope("Namespaced").withNewNames().withPlural("gadgets")
                .withSingular("gadget").withKind("Gadget").endNames().addNewVersion().withName("v1").withServed(true)
                .withStorage(true).withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .addNewAdditionalPrinterColumn().withName("Ready").withType("boolean").withJsonPath(".status.ready")
                .endAdditionalPrinterColumn()
                .addNewAdditionalPrinterColumn().withName("Size").withType("integer").withJsonPath(".spec.size")
                .endAdditionalPrinterColumn()
                .addNewAdditionalPrinterColumn().withName("Owner").withType("string").withJsonPath(".spec.owner")
                .endAdditionalPrinterColumn()
                .addNewAdditionalPrinterColumn().withName("Age").withType("date")
                .withJsonPath(".metadata.creationTimestamp").endAdditionalPrinterColumn()
                .endVersion().endSpec().build());
        var gadgets = c.genericKubernetesResources("example.com/v1", "Gadget").inNamespace("default");
        gadgets.resource(new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Gadget")
                .withNewMetadata().withName("g1").addToLabels("app", "x").addToLabels("app.kubernetes.io/name", "y")
                .endMetadata().addToAdditionalProperties("spec", Map.of("size", 3))
                .addToAdditionalProperties("status", Map.of("ready", true)).build()).create();
        gadgets.resource(new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Gadget")
                .withNewMetadata().withName("g2").endMetadata()
                .addToAdditionalProperties("spec", Map.of("owner", "line1\nline2"))
                .addToAdditionalProperties("status", Map.of("ready", false)).build()).create();
        c.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata().withName("pv1").endMetadata()
                .withNewSpec().addToCapacity("storage", new Quantity("1Gi")).withAccessModes("ReadWriteOnce")
                .withNewHostPath().withPath("/data").endHostPath().endSpec().build()).create();
        c.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("nginx").endContainer().endSpec().build())
                .create();
        kubectl = TestRunners.runner(c, Clock.systemUTC(), Map.of());
    }

    static String run(String... args) {
        CommandOutcome o = kubectl.run(List.of(args));
        assertEquals(0, o.returnCode(), o.stderr());
        return o.stdout();
    }

    /** Ages differ from run to run; columns are compared with single spaces. */
    static String normalised(String table) {
        return table.replaceAll("\\b\\d+[smhd]\\b", "AGE").replaceAll(" +", " ");
    }

    @Test
    void crdColumnsPrintNothingForMissingValuesAndCutMultiLineText() {
        assertEquals(normalised("""
                NAME   READY   SIZE   OWNER      AGE   LABELS
                g1     true    3                 AGE   app.kubernetes.io/name=y,app=x
                g2     false          line1...   AGE   <none>
                """), normalised(run("get", "gadgets", "--show-labels", "-n", "default")));
    }

    @Test
    void managedFieldsAreLeftOutUnlessAskedFor() {
        String yaml = run("get", "pod", "web", "-n", "default", "-o", "yaml");
        assertTrue(yaml.contains("name: web"), yaml);
        assertFalse(yaml.contains("managedFields"), yaml);
        assertFalse(run("get", "pods", "-n", "default", "-o", "json").contains("managedFields"));
        assertTrue(run("get", "pod", "web", "-n", "default", "-o", "yaml", "--show-managed-fields")
                .contains("managedFields:\n  - apiVersion: v1\n    fieldsType: FieldsV1"));
        assertTrue(run("get", "pod", "web", "-n", "default", "-o", "jsonpath={.metadata.managedFields[0].manager}")
                .length() > 0, "templates still see them, as kubectl's do");
    }

    @Test
    void aDefaultedHostPathTypeIsPrintedEmpty() {
        String pv = run("describe", "pv", "pv1");
        assertTrue(pv.contains("""
                Source:
                    Type:          HostPath (bare host directory volume)
                    Path:          /data
                    HostPathType:  \n"""), pv);
    }

    /**
     * A list printed by a template, names or custom columns is decoded with only the fields they read: on the real
     * server's objects it prints what the whole objects print. Appending {@code {..zzz}} (prints nothing, but its
     * recursive descent makes the template read whole items) gives the whole-object text to compare with.
     */
    @Test
    void listsDecodedWithOnlyTheFieldsTheTemplateReadsPrintTheSame() {
        for (String template : List.of(
                "{range .items[*]}{.metadata.namespace}/{.metadata.name} {.spec.containers[*].image} "
                        + "{.status.phase}{\"\\n\"}{end}",
                "{.items[?(@.metadata.name==\"web\")].spec.containers[0].name}",
                "{.kind} {.items[*].metadata.labels}")) {
            String projected = run("get", "pods", "-A", "-o", "jsonpath=" + template);
            assertFalse(projected.isBlank(), template);
            assertEquals(run("get", "pods", "-A", "-o", "jsonpath=" + template + "{..zzz}"), projected, template);
        }
        assertEquals(run("get", "gadgets", "-n", "default", "-o", "jsonpath={.items[*].spec.size}{..zzz}"),
                run("get", "gadgets", "-n", "default", "-o", "jsonpath={.items[*].spec.size}"));
        assertTrue(run("get", "pods", "-n", "default", "-o", "name").contains("pod/web\n"));
        assertEquals(normalised("NAME IMAGE\nweb nginx\n"), normalised(run("get", "pods", "-n", "default", "-o",
                "custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image")));
    }
}
