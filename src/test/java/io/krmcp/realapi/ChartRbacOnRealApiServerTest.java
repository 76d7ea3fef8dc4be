package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.chart.HelmChartTest;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.CommandRunner;
import io.krmcp.kube.KubeApi;
import io.krmcp.mcp.WhoamiTool;

/**
 * The chart's RBAC on real RBAC: each mode is rendered with Helm, its ServiceAccount, roles and bindings applied,
 * a token minted with TokenRequest, and the server run as that identity with the environment the chart renders.
 * What the mode allows succeeds, writes are Forbidden in read-only mode, Secrets stay unreadable.
 */
class ChartRbacOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALL_VERBS = "get,describe,logs,events,scale,delete,label,annotate,rollout,patch,cordon,auth";

    @BeforeAll
    static void objects() {
        KubernetesClient c = API.client();
        for (String ns : List.of("ops", "shop", "other")) {
            c.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
                    .create();
        }
        c.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();
        for (String ns : List.of("shop", "other")) {
            c.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata().withName("web")
                    .endMetadata().withNewSpec().withReplicas(1).withNewSelector().addToMatchLabels("app", "web")
                    .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                    .withNewSpec().addNewContainer().withName("app").withImage("nginx").endContainer().endSpec()
                    .endTemplate().endSpec().build()).create();
            c.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("web-1").endMetadata()
                    .withNewSpec().withNodeName("n1").addNewContainer().withName("app").withImage("nginx")
                    .endContainer().endSpec().build()).create();
            c.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata().withName("db").endMetadata()
                    .addToStringData("password", "x").build()).create();
        }
        RealApiServer.establish(c, new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("gadgets.example.com").endMetadata().withNewSpec()
                .withGroup("example.com").withScope("Namespaced").withNewNames().withPlural("gadgets")
                .withSingular("gadget").withKind("Gadget").endNames().addNewVersion().withName("v1").withServed(true)
                .withStorage(true).withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema().endVersion().endSpec()
                .build());
        c.genericKubernetesResources("example.com/v1", "Gadget").inNamespace("shop").resource(
                new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Gadget")
                        .withNewMetadata().withName("g1").endMetadata().build()).create();
    }

    /** Renders the chart, applies its identity and RBAC (replacing an earlier mode's), returns its env and client. */
    static Identity install(Map<String, Object> values) throws Exception {
        KubernetesClient admin = API.client();
        List<JsonNode> docs = HelmChartTest.render(values);
        admin.rbac().clusterRoleBindings().withLabel("app.kubernetes.io/instance", "krmcp").delete();
        admin.rbac().clusterRoles().withLabel("app.kubernetes.io/instance", "krmcp").delete();
        for (String ns : List.of("shop", "other")) {
            admin.rbac().roleBindings().inNamespace(ns).withLabel("app.kubernetes.io/instance", "krmcp").delete();
            admin.rbac().roles().inNamespace(ns).withLabel("app.kubernetes.io/instance", "krmcp").delete();
        }
        String serviceAccount = null;
        Map<String, String> env = new HashMap<>();
        for (JsonNode doc : docs) {
            String kind = doc.path("kind").asText();
            if (kind.equals("ServiceAccount")) {
                serviceAccount = doc.at("/metadata/name").asText();
            }
            if (kind.equals("ServiceAccount") || kind.endsWith("Role") || kind.endsWith("RoleBinding")) {
                admin.resource(JSON.writeValueAsString(doc)).inNamespace(doc.at("/metadata/namespace").asText("ops"))
                        .createOr(existing -> existing.update());
            }
            if (kind.equals("Deployment")) {
                for (JsonNode e : doc.at("/spec/template/spec/containers/0/env")) {
                    if (e.has("value")) {
                        env.put(e.path("name").asText(), e.path("value").asText());
                    }
                }
            }
        }
        String token = admin.serviceAccounts().inNamespace("ops").withName(serviceAccount).tokenRequest(
                new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build())
                .getStatus().getToken();
        Config base = admin.getConfiguration();
        KubernetesClient asServer = new KubernetesClientBuilder().withConfig(new ConfigBuilder(base)
                .withClientCertData(null).withClientCertFile(null).withClientKeyData(null).withClientKeyFile(null)
                .withOauthToken(token).withRequestRetryBackoffLimit(0).build()).build();
        env.remove("K8S_MCP_SECURITY_CONFIG");
        return new Identity(asServer, env);
    }

    record Identity(KubernetesClient client, Map<String, String> env) {
        CommandRunner runner() {
            return TestRunners.runner(client, Clock.systemUTC(), env);
        }

        /** The same identity with every verb allowed by the policy, so RBAC alone decides. */
        CommandRunner rbacOnly() {
            return TestRunners.runner(client, Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS", ALL_VERBS,
                    "K8S_MCP_SECURITY_MODE", "permissive"));
        }
    }

    static CommandOutcome run(CommandRunner r, String... args) {
        return r.run(List.of(args));
    }

    static void ok(CommandRunner r, String... args) {
        CommandOutcome o = run(r, args);
        assertEquals(0, o.returnCode(), () -> String.join(" ", args) + ": " + o.stderr());
    }

    static void forbidden(CommandRunner r, String... args) {
        CommandOutcome o = run(r, args);
        assertTrue(o.stderr().contains("Error from server (Forbidden)"),
                () -> String.join(" ", args) + " was not Forbidden: " + o.stdout() + o.stderr());
    }

    @Test
    void readOnlyReadsWhatAnInvestigationNeedsAndWritesNothing() throws Exception {
        Identity id = install(Map.of());
        assertEquals("get,describe,logs", id.env().get("KUBECTL_ALLOWED_COMMANDS"));
        CommandRunner r = id.runner();
        ok(r, "get", "pods", "-n", "shop");
        var whoami = new WhoamiTool(new KubeApi(id.client(), JSON),
                SettingsLoader.fromEnvironment(id.env())).call();
        assertTrue(whoami.content().get(0).toString().contains(
                "User: system:serviceaccount:ops:krmcp-kubernetes-remediation-mcp"), whoami.content().toString());
        ok(r, "get", "crd");
        ok(r, "get", "roles", "-n", "shop");
        ok(r, "get", "clusterroles");
        ok(r, "get", "clusterrolebindings");
        ok(r, "describe", "deploy", "web", "-n", "shop");
        ok(r, "describe", "node", "n1");
        forbidden(r, "get", "gadgets", "-n", "shop");
        forbidden(r, "get", "secrets", "-n", "shop");
        CommandRunner anyVerb = id.rbacOnly();
        forbidden(anyVerb, "scale", "deploy", "web", "--replicas=2", "-n", "shop");
        forbidden(anyVerb, "delete", "pod", "web-1", "-n", "shop");
        forbidden(anyVerb, "label", "pod", "web-1", "x=y", "-n", "shop");
        forbidden(anyVerb, "rollout", "restart", "deploy/web", "-n", "shop");
        forbidden(anyVerb, "label", "node", "n1", "checked=yes");
    }

    @Test
    void customResourcesAreReadOnlyWhenAskedForAndSecretsStillNot() throws Exception {
        Identity id = install(Map.of("rbac.readCustomResources.groups[0]", "example.com"));
        ok(id.runner(), "get", "gadgets", "-n", "shop");
        ok(id.runner(), "describe", "gadget", "g1", "-n", "shop");
        forbidden(id.runner(), "get", "secrets", "-n", "shop");
        Identity all = install(Map.of("rbac.readCustomResources.allGroups", "true"));
        forbidden(all.runner(), "get", "secrets", "-n", "shop");
    }

    @Test
    void remediationRunsItsVerbsAndStillCannotReadSecrets() throws Exception {
        Map<String, Object> values = new HashMap<>(Map.of("rbac.remediation", "true",
                "config.securityMode", "permissive"));
        List<String> verbs = List.of("get", "describe", "logs", "scale", "delete", "label", "annotate", "rollout",
                "patch", "cordon");
        for (int i = 0; i < verbs.size(); i++) {
            values.put("config.allowedCommands[" + i + "]", verbs.get(i));
        }
        Identity id = install(values);
        CommandRunner r = id.runner();
        ok(r, "scale", "deploy", "web", "--replicas=2", "-n", "shop");
        ok(r, "label", "pod", "web-1", "checked=yes", "-n", "shop");
        ok(r, "annotate", "deploy", "web", "note=seen", "-n", "shop");
        ok(r, "rollout", "restart", "deploy/web", "-n", "shop");
        ok(r, "patch", "deploy", "web", "-n", "shop", "-p", "{\"spec\":{\"replicas\":1}}");
        ok(r, "cordon", "n1");
        ok(r, "delete", "pod", "web-1", "-n", "other", "--wait=false");
        forbidden(r, "get", "secrets", "-n", "shop");
    }

    @Test
    void namespacedModeReachesOnlyItsNamespaces() throws Exception {
        Identity id = install(Map.of("rbac.namespaces[0]", "shop"));
        assertEquals("shop", id.env().get("KUBECTL_ALLOWED_NAMESPACES"));
        ok(id.runner(), "get", "pods", "-n", "shop");
        assertTrue(run(id.runner(), "get", "pods", "-n", "other").denial().isPresent());
        forbidden(id.rbacOnly(), "get", "pods", "-n", "other");
        ok(id.runner(), "describe", "node", "n1", "-n", "shop");
    }

    @Test
    void execIsGrantedOnlyWithExecCommands() throws Exception {
        Identity without = install(Map.of("rbac.remediation", "true"));
        assertEquals("no\n", run(without.rbacOnly(), "auth", "can-i", "create", "pods", "--subresource=exec", "-n", "shop").stdout());
        Identity with = install(Map.of("rbac.remediation", "true", "config.allowedExecCommands[0]", "ps"));
        assertEquals("yes\n", run(with.rbacOnly(), "auth", "can-i", "create", "pods", "--subresource=exec", "-n", "shop").stdout());
    }
}
