package io.krmcp.verbs.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** version, api-versions, cluster-info and api-resources -o wide against the demo's discovery documents. */
class ClusterInfoVerbsTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "version,api-versions,cluster-info,api-resources,"
                + "cordon"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    @Test
    void versionNamesThisServerAsClientAndAsksTheApiServer() throws Exception {
        CommandOutcome o = run("version");
        assertTrue(o.stdout().matches("Client Version: kubernetes-remediation-mcp/\\S+\nServer Version: v1\\.34\\.2\n"),
                o.stdout());
        JsonNode json = new ObjectMapper().readTree(run("version -o json").stdout());
        assertEquals("1", json.at("/serverVersion/major").asText());
        assertEquals("v1.34.2", json.at("/serverVersion/gitVersion").asText());
        assertTrue(run("version -o json").stdout().contains("\n  \"serverVersion\": {\n"), "Go's two-space layout");
        demo.requests();
        CommandOutcome client = run("version --client");
        assertFalse(client.stdout().contains("Server Version"), client.stdout());
        assertTrue(demo.requests().isEmpty(), "--client asks nothing of the API server");
        assertEquals("error: --output must be 'yaml' or 'json'\n", run("version -o wide").stderr());
    }

    @Test
    void apiVersionsListsEveryGroupVersionSorted() {
        String out = run("api-versions").stdout();
        assertTrue(out.startsWith("admissionregistration.k8s.io/v1\napiextensions.k8s.io/v1\napps/v1\n"), out);
        assertTrue(out.contains("\nmetrics.k8s.io/v1beta1\n"), out);
        assertTrue(out.endsWith("storage.k8s.io/v1\nv1\n"), out);
    }

    @Test
    void clusterInfoLinksTheClusterServicesOfKubeSystem() throws Exception {
        CommandOutcome o = run("cluster-info");
        String host = demo.cluster().client().getMasterUrl().toString().replaceAll("/$", "");
        assertEquals("Kubernetes control plane is running at " + host + "\n"
                + "CoreDNS is running at " + host + "/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n"
                + "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n", o.stdout());
        assertTrue(demo.requests().stream().anyMatch(r -> r.getPath().equals("/api/v1/namespaces/kube-system/services"
                + "?labelSelector=kubernetes.io%2Fcluster-service%3Dtrue")), "kubectl's selector, in kube-system");
        CommandOutcome dump = run("cluster-info dump");
        assertEquals(1, dump.returnCode());
        assertTrue(dump.stderr().contains("cluster-info dump is not available"), dump.stderr());
    }

    @Test
    void clusterInfoIsJudgedInKubeSystemByTheNamespacePolicy() {
        CommandRunner limited = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "cluster-info,cordon",
                "KUBECTL_ALLOWED_NAMESPACES", "shop"));
        CommandOutcome o = TestRunners.run(limited, "cluster-info");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("namespace 'kube-system' is not allowed"), o.stderr());
        CommandOutcome cordon = TestRunners.run(limited, "cordon demo-worker-1");
        assertTrue(cordon.stderr().contains("cordon changes nodes"), cordon.stderr());
    }

    @Test
    void apiResourcesWideAddsVerbsAndCategories() {
        String out = run("api-resources -o wide --api-group=apps").stdout();
        assertTrue(out.startsWith("NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND                 "
                + "VERBS                                                        CATEGORIES\n"), out);
        assertTrue(out.contains("deployments           deploy       apps/v1      true         Deployment           "
                + "create,delete,deletecollection,get,list,patch,update,watch   all\n"), out);
        String byCategory = run("api-resources --categories=all -o name --sort-by=name").stdout();
        assertTrue(byCategory.startsWith("cronjobs.batch\ndaemonsets.apps\ndeployments.apps\n"), byCategory);
        assertFalse(byCategory.contains("configmaps"), byCategory);
        assertEquals("error: --sort-by accepts only name or kind\n", run("api-resources --sort-by=age").stderr());
    }
}
