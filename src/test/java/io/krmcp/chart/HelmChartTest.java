package io.krmcp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** The chart under real Helm: lint, and what each mode renders (RBAC, NetworkPolicy, pod security, env, rules). */
public class HelmChartTest {

    static final Path CHART = Path.of("helm/kubernetes-remediation-mcp");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Set<String> WRITE_VERBS = Set.of("create", "update", "patch", "delete", "deletecollection");

    public static List<JsonNode> render(Map<String, Object> values) throws IOException {
        var template = new Helm(CHART).template().withName("krmcp").withNamespace("ops");
        values.forEach(template::set);
        String text = template.call();
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(text)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static List<JsonNode> kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static JsonNode container(List<JsonNode> docs) {
        return kind(docs, "Deployment").get(0).path("spec").path("template").path("spec").path("containers").path(0);
    }

    static String env(List<JsonNode> docs, String name) {
        for (JsonNode e : container(docs).path("env")) {
            if (name.equals(e.path("name").asText())) {
                return e.path("value").asText(null);
            }
        }
        return null;
    }

    /** "group/resource:verb" for every rule of the Roles and ClusterRoles rendered. */
    static Set<String> grants(List<JsonNode> docs) {
        Set<String> out = new HashSet<>();
        for (JsonNode role : docs) {
            if (!role.path("kind").asText().endsWith("Role")) {
                continue;
            }
            for (JsonNode rule : role.path("rules")) {
                for (JsonNode g : rule.path("apiGroups")) {
                    for (JsonNode r : rule.path("resources")) {
                        for (JsonNode v : rule.path("verbs")) {
                            out.add(g.asText() + "/" + r.asText() + ":" + v.asText());
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void lintIsClean() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertFalse(result.isFailed(), String.join("\n", result.getMessages()));
    }

    @Test
    void defaultIsReadOnlyAndClusterWide() throws IOException {
        List<JsonNode> docs = render(Map.of());
        Set<String> grants = grants(docs);
        assertTrue(grants.stream().noneMatch(g -> WRITE_VERBS.contains(g.substring(g.indexOf(':') + 1))),
                "read-only mode grants a write verb: " + grants);
        assertTrue(grants.containsAll(Set.of("/pods:get", "/pods/log:get", "/events:list", "/nodes:list",
                "apps/replicasets:list", "apps/controllerrevisions:list", "discovery.k8s.io/endpointslices:list",
                "coordination.k8s.io/leases:get", "metrics.k8s.io/pods:list", "metrics.k8s.io/nodes:list")),
                grants.toString());
        assertFalse(grants.contains("/secrets:get"), "secrets are not read unless rbac.readSecrets");
        assertEquals(1, kind(docs, "ClusterRole").size());
        assertEquals(1, kind(docs, "ClusterRoleBinding").size());
        assertTrue(kind(docs, "Role").isEmpty());
        assertEquals("get,describe,logs", env(docs, "KUBECTL_ALLOWED_COMMANDS"));
    }

    @Test
    void readOnlyStillReadsWhatAnInvestigationNeeds() throws IOException {
        Set<String> grants = grants(render(Map.of()));
        assertTrue(grants.containsAll(Set.of("apiextensions.k8s.io/customresourcedefinitions:list",
                "rbac.authorization.k8s.io/roles:list", "rbac.authorization.k8s.io/rolebindings:get",
                "rbac.authorization.k8s.io/clusterroles:get", "rbac.authorization.k8s.io/clusterrolebindings:list",
                "scheduling.k8s.io/priorityclasses:get", "networking.k8s.io/ingressclasses:get")), grants.toString());
        assertTrue(grants.stream().noneMatch(g -> g.startsWith("example.com/")), "no custom group unless asked");
    }

    @Test
    void customResourcesAreReadByGroupNeverTheCoreGroup() throws IOException {
        Set<String> byGroup = grants(render(Map.of(
                "rbac.readCustomResources.groups[0]", "example.com", "rbac.readCustomResources.groups[1]", "cert-manager.io")));
        assertTrue(byGroup.containsAll(Set.of("example.com/*:list", "cert-manager.io/*:get")), byGroup.toString());
        Set<String> all = grants(render(Map.of("rbac.readCustomResources.allGroups", "true")));
        assertTrue(all.contains("apps/*:list") && all.contains("batch/*:get"), all.toString());
        for (Set<String> grants : List.of(byGroup, all)) {
            assertTrue(grants.stream().noneMatch(g -> g.startsWith("/*") || g.startsWith("*/")
                    || g.startsWith("/secrets")), "never all of the core group, never Secrets: " + grants);
            assertTrue(grants.stream().noneMatch(g -> WRITE_VERBS.contains(g.substring(g.indexOf(':') + 1))));
        }
    }

    @Test
    void impersonationGrantsOnlyImpersonationAndTokenReviews() throws IOException {
        List<JsonNode> docs = render(Map.of("auth.callerIdentity", "impersonate", "rbac.remediation", "true"));
        assertEquals(Set.of("/users:impersonate", "/groups:impersonate", "/serviceaccounts:impersonate",
                "authentication.k8s.io/tokenreviews:create"), grants(docs));
        assertEquals("impersonate", env(docs, "K8S_MCP_CALLER_IDENTITY"));
        assertEquals("off", env(render(Map.of()), "K8S_MCP_CALLER_IDENTITY"));
        assertThrows(IllegalStateException.class, () -> render(Map.of("auth.callerIdentity", "impersonate",
                "auth.existingSecret", "shared")));
        List<JsonNode> passthrough = render(Map.of("auth.callerIdentity", "passthrough", "rbac.remediation", "true"));
        assertEquals(Set.of(), grants(passthrough), "passthrough: the ServiceAccount needs no rights");
        assertEquals("passthrough", env(passthrough, "K8S_MCP_CALLER_IDENTITY"));
    }

    @Test
    void scalesOutAsAStatelessService() throws IOException {
        List<JsonNode> plain = render(Map.of());
        assertTrue(kind(plain, "HorizontalPodAutoscaler").isEmpty() && kind(plain, "PodDisruptionBudget").isEmpty()
                && kind(plain, "ServiceMonitor").isEmpty());
        JsonNode spread = kind(plain, "Deployment").get(0).at("/spec/template/spec/topologySpreadConstraints/0");
        assertEquals("kubernetes.io/hostname", spread.path("topologyKey").asText());
        assertEquals("ScheduleAnyway", spread.path("whenUnsatisfiable").asText());
        assertEquals("kubernetes-remediation-mcp",
                spread.at("/labelSelector/matchLabels/app.kubernetes.io~1name").asText(), spread.toString());
        // a budget for a single replica would block every drain: only with two or more
        assertTrue(kind(render(Map.of("podDisruptionBudget.enabled", "true")), "PodDisruptionBudget").isEmpty());

        List<JsonNode> scaled = render(Map.of("autoscaling.enabled", "true", "podDisruptionBudget.enabled", "true",
                "serviceMonitor.enabled", "true"));
        JsonNode hpa = kind(scaled, "HorizontalPodAutoscaler").get(0);
        assertEquals(2, hpa.at("/spec/minReplicas").asInt());
        assertEquals(5, hpa.at("/spec/maxReplicas").asInt());
        assertEquals(70, hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt());
        assertTrue(kind(scaled, "Deployment").get(0).at("/spec/replicas").isMissingNode(),
                "the autoscaler owns the replica count");
        assertEquals(1, kind(scaled, "PodDisruptionBudget").get(0).at("/spec/minAvailable").asInt());
        JsonNode monitor = kind(scaled, "ServiceMonitor").get(0);
        assertEquals("/metrics", monitor.at("/spec/endpoints/0/path").asText());
        assertEquals("http", monitor.at("/spec/endpoints/0/port").asText());
        assertEquals(1, kind(render(Map.of("replicaCount", "3", "podDisruptionBudget.enabled", "true")),
                "PodDisruptionBudget").size());
    }

    @Test
    void remediationAddsExactlyWhatTheVerbsSend() throws IOException {
        Set<String> added = grants(render(Map.of("rbac.remediation", true)));
        added.removeAll(grants(render(Map.of())));
        assertEquals(Set.of("/pods:create", "/pods:delete", "/pods:patch", "/services:delete", "/services:patch",
                "/configmaps:delete", "/configmaps:patch", "/replicationcontrollers/scale:get",
                "/replicationcontrollers/scale:patch", "/replicationcontrollers/scale:update",
                "apps/deployments:patch", "apps/statefulsets:patch", "apps/daemonsets:patch", "apps/deployments:delete",
                "apps/deployments/scale:get", "apps/deployments/scale:patch", "apps/deployments/scale:update",
                "apps/replicasets/scale:get", "apps/replicasets/scale:patch", "apps/replicasets/scale:update",
                "apps/statefulsets/scale:get", "apps/statefulsets/scale:patch", "apps/statefulsets/scale:update",
                "batch/jobs:delete", "/nodes:patch", "/pods/eviction:create"), added);
    }

    @Test
    void execIsGrantedOnlyWhileCommandsAreListed() throws IOException {
        assertFalse(grants(render(Map.of("rbac.remediation", true))).contains("/pods/exec:create"));
        List<JsonNode> docs = render(Map.of("rbac.remediation", true, "config.allowedCommands[0]", "exec",
                "config.allowedExecCommands[0]", "ps", "config.allowedExecCommands[1]", "df"));
        assertTrue(grants(docs).containsAll(Set.of("/pods/exec:create", "/pods/exec:get")), grants(docs).toString());
        assertEquals("ps,df", env(docs, "KUBECTL_ALLOWED_EXEC_COMMANDS"));
        assertTrue(notes(Map.of("config.allowedCommands[0]", "exec")).contains("config.allowedExecCommands is empty"));
    }

    @Test
    void namespacedModeRendersRolesPerNamespaceAndLimitsTheServerToThem() throws IOException {
        List<JsonNode> docs = render(Map.of("rbac.namespaces[0]", "shop", "rbac.namespaces[1]", "payments"));
        List<JsonNode> roles = kind(docs, "Role");
        assertEquals(List.of("shop", "payments"), roles.stream().map(r -> r.path("metadata").path("namespace")
                .asText()).toList());
        assertEquals(2, kind(docs, "RoleBinding").size());
        // Only the cluster-scoped reads stay cluster-wide.
        JsonNode clusterRole = kind(docs, "ClusterRole").get(0);
        assertEquals("krmcp-kubernetes-remediation-mcp-cluster-read", clusterRole.path("metadata").path("name")
                .asText());
        assertFalse(grants(List.of(clusterRole)).contains("/pods:list"));
        assertEquals("shop,payments", env(docs, "KUBECTL_ALLOWED_NAMESPACES"));
        List<JsonNode> strict = render(Map.of("rbac.namespaces[0]", "shop", "rbac.clusterScopedRead", false));
        assertTrue(kind(strict, "ClusterRole").isEmpty() && kind(strict, "ClusterRoleBinding").isEmpty());
    }

    @Test
    void networkPolicyAdmitsOnlyTheClientSelector() throws IOException {
        JsonNode policy = kind(render(Map.of()), "NetworkPolicy").get(0);
        JsonNode ingress = policy.path("spec").path("ingress");
        assertEquals(1, ingress.size());
        assertEquals("holmes", ingress.path(0).path("from").path(0).path("podSelector").path("matchLabels")
                .path("app").asText());
        assertEquals(8000, ingress.path(0).path("ports").path(0).path("port").asInt());
        assertEquals("kubernetes-remediation-mcp", policy.path("spec").path("podSelector").path("matchLabels")
                .path("app.kubernetes.io/name").asText());
        assertTrue(kind(render(Map.of("networkPolicy.enabled", false)), "NetworkPolicy").isEmpty());
    }

    @Test
    void podIsLockedDownAndProbed() throws IOException {
        List<JsonNode> docs = render(Map.of());
        JsonNode pod = kind(docs, "Deployment").get(0).path("spec").path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        JsonNode c = container(docs);
        assertTrue(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertFalse(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("[\"ALL\"]", c.path("securityContext").path("capabilities").path("drop").toString());
        assertEquals("/healthz", c.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/readyz", c.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("[\"--transport\",\"http\",\"--host\",\"0.0.0.0\",\"--port\",\"8000\"]", c.path("args").toString());
        assertEquals(8000, kind(docs, "Service").get(0).path("spec").path("ports").path(0).path("port").asInt());
    }

    @Test
    void theRuleFileIsTheRepositorysAndMountedReadOnly() throws IOException {
        List<JsonNode> docs = render(Map.of());
        String rendered = kind(docs, "ConfigMap").get(0).path("data").path("security_config.yaml").asText();
        assertEquals(Files.readString(Path.of("security_config.yaml")).strip(), rendered.strip());
        assertEquals(Files.readString(Path.of("security_config.yaml")),
                Files.readString(CHART.resolve("files/security_config.yaml")), "the chart's copy must stay identical");
        assertEquals("/etc/kubernetes-remediation-mcp/security_config.yaml", env(docs, "K8S_MCP_SECURITY_CONFIG"));
        JsonNode mount = container(docs).path("volumeMounts").path(0);
        assertEquals("/etc/kubernetes-remediation-mcp", mount.path("mountPath").asText());
        assertTrue(mount.path("readOnly").asBoolean());
        String own = kind(render(Map.of("securityConfig", "regex_rules: {kubectl: []}")), "ConfigMap").get(0)
                .path("data").path("security_config.yaml").asText();
        assertEquals("regex_rules: {kubectl: []}", own.strip());
    }

    @Test
    void authTokenComesFromTheNamedSecret() throws IOException {
        JsonNode token = null;
        for (JsonNode e : container(render(Map.of("auth.existingSecret", "mcp-token"))).path("env")) {
            if (e.path("name").asText().equals("K8S_MCP_AUTH_TOKEN")) {
                token = e;
            }
        }
        assertEquals("mcp-token", token.path("valueFrom").path("secretKeyRef").path("name").asText());
        assertEquals("token", token.path("valueFrom").path("secretKeyRef").path("key").asText());
        assertEquals(null, env(render(Map.of()), "K8S_MCP_AUTH_TOKEN"));
    }

    @Test
    void settingsBecomeTheirEnvironmentVariables() throws IOException {
        List<JsonNode> docs = render(Map.of("config.allowedCommands[0]", "get", "config.allowedCommands[1]",
                "rollout status", "config.timeoutSeconds", 30, "config.allowedImages[0]", "busybox",
                "config.securityMode", "permissive", "config.maxOutputBytes", 131072, "config.redactSecrets", false));
        assertEquals("get,rollout status", env(docs, "KUBECTL_ALLOWED_COMMANDS"));
        assertEquals("30", env(docs, "KUBECTL_TIMEOUT"));
        assertEquals("busybox", env(docs, "KUBECTL_ALLOWED_IMAGES"));
        assertEquals("permissive", env(docs, "K8S_MCP_SECURITY_MODE"));
        assertEquals("131072", env(docs, "KUBECTL_MAX_OUTPUT_BYTES"));
        assertEquals("false", env(docs, "KUBECTL_REDACT_SECRETS"));
        assertEquals("deny", env(docs, "K8S_MCP_DANGEROUS"));
        assertEquals("confirm", env(render(Map.of("config.dangerousCommands", "confirm")), "K8S_MCP_DANGEROUS"));
        // the drain delay and the longest call fit in the grace period, so SIGKILL never cuts a call
        assertEquals(45, kind(docs, "Deployment").get(0).at("/spec/template/spec/terminationGracePeriodSeconds").asInt());
    }

    @Test
    void theSchemaRefusesValuesThatMakeNoSense() {
        assertThrows(IllegalStateException.class, () -> render(Map.of("config.securityMode", "lenient")));
        assertThrows(IllegalStateException.class, () -> render(Map.of("rbac.namespaces[0]", "Not_A_Namespace")));
    }

    /** NOTES.txt as {@code helm install} prints it (a client-only dry run: no cluster needed). */
    static String notes(Map<String, Object> values) {
        var install = new Helm(CHART).install().withName("krmcp").withNamespace("ops").clientOnly().dryRun();
        values.forEach(install::set);
        return install.call().getOutput();
    }

    @Test
    void notesGiveHolmesItsEntryAndFlagRbacThatDisagreesWithTheVerbs() {
        String plain = notes(Map.of());
        assertTrue(plain.contains("url: \"http://krmcp-kubernetes-remediation-mcp.ops.svc.cluster.local:8000/mcp\""),
                plain);
        assertTrue(plain.contains("mode: streamable-http"), plain);
        assertFalse(plain.contains("WARNING"), plain);
        String unpermitted = notes(Map.of("config.allowedCommands[0]", "get", "config.allowedCommands[1]", "scale",
                "config.allowedCommands[2]", "rollout status"));
        assertTrue(unpermitted.contains("allows commands that change the cluster (scale) but rbac.remediation is\nfalse"),
                unpermitted);
        assertTrue(notes(Map.of("rbac.remediation", true)).contains("write permissions nothing uses"));
        assertFalse(notes(Map.of("rbac.remediation", true, "config.allowedCommands[0]", "delete")).contains("WARNING"));
    }
}
