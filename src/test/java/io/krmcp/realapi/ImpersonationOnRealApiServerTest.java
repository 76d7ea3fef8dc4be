package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.mcp.transport.StreamableHttpTransport;

/**
 * {@code K8S_MCP_CALLER_IDENTITY=impersonate} on a real API server: the server's own ServiceAccount may only
 * impersonate and review tokens; two callers with different RoleBindings see different namespaces; no token, a
 * forged token and a token of nobody the server knows are 401, never the server's own identity.
 */
class ImpersonationOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static StreamableHttpTransport http;
    static StreamableHttpTransport passthrough;
    static KubernetesClient serverIdentity;
    static KubernetesClient nobody;
    static String alice;
    static String bob;

    @BeforeAll
    static void start() throws Exception {
        KubernetesClient admin = API.client();
        for (String ns : List.of("ops", "team-a", "team-b")) {
            admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
                    .create();
        }
        admin.pods().inNamespace("team-a").resource(new PodBuilder().withNewMetadata().withName("a-1").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().build())
                .create();
        admin.pods().inNamespace("team-b").resource(new PodBuilder().withNewMetadata().withName("b-1").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().build())
                .create();
        // what the chart renders for impersonate mode: impersonation and token reviews, nothing else
        admin.rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName("mcp-impersonator")
                .endMetadata().addNewRule().withApiGroups("").withResources("users", "groups", "serviceaccounts")
                .withVerbs("impersonate").endRule().addNewRule().withApiGroups("authentication.k8s.io")
                .withResources("tokenreviews").withVerbs("create").endRule().build()).create();
        for (String name : List.of("mcp", "alice", "bob", "nobody")) {
            admin.serviceAccounts().inNamespace("ops").resource(new ServiceAccountBuilder().withNewMetadata()
                    .withName(name).endMetadata().build()).create();
        }
        admin.rbac().clusterRoleBindings().resource(new ClusterRoleBindingBuilder().withNewMetadata()
                .withName("mcp-impersonator").endMetadata().withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole",
                        "mcp-impersonator").addNewSubject().withKind("ServiceAccount").withName("mcp")
                .withNamespace("ops").endSubject().build()).create();
        // "view" is aggregated by a controller this server does not run, so the callers get a role of their own
        admin.rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName("pod-reader")
                .endMetadata().addNewRule().withApiGroups("").withResources("pods").withVerbs("get", "list").endRule()
                .build()).create();
        bindView(admin, "team-a", "alice");
        bindView(admin, "team-b", "bob");
        serverIdentity = clientFor(token(admin, "mcp"));
        alice = token(admin, "alice");
        bob = token(admin, "bob");
        Server server = new Server(SettingsLoader.fromEnvironment(Map.of("K8S_MCP_CALLER_IDENTITY", "impersonate")),
                serverIdentity, "real", Clock.systemUTC());
        http = server.startHttp("127.0.0.1", 0);
        // passthrough: the server's own identity has no binding at all
        nobody = clientFor(token(admin, "nobody"));
        passthrough = new Server(SettingsLoader.fromEnvironment(Map.of("K8S_MCP_CALLER_IDENTITY", "passthrough")),
                nobody, "real", Clock.systemUTC()).startHttp("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (http != null) {
            http.stop();
        }
        if (passthrough != null) {
            passthrough.stop();
        }
        if (nobody != null) {
            nobody.close();
        }
        if (serverIdentity != null) {
            serverIdentity.close();
        }
    }

    static void bindView(KubernetesClient admin, String ns, String sa) {
        admin.rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder().withNewMetadata()
                .withName(sa + "-view").endMetadata().withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "pod-reader")
                .addNewSubject().withKind("ServiceAccount").withName(sa).withNamespace("ops").endSubject().build())
                .create();
    }

    static String token(KubernetesClient admin, String sa) {
        return admin.serviceAccounts().inNamespace("ops").withName(sa).tokenRequest(new TokenRequestBuilder()
                .withNewSpec().withExpirationSeconds(3600L).endSpec().build()).getStatus().getToken();
    }

    static KubernetesClient clientFor(String token) {
        Config base = API.client().getConfiguration();
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(base).withClientCertData(null)
                .withClientCertFile(null).withClientKeyData(null).withClientKeyFile(null).withOauthToken(token)
                .withRequestRetryBackoffLimit(0).build()).build();
    }

    static HttpResponse<String> call(String token, String body) throws Exception {
        return call(http, token, body);
    }

    static HttpResponse<String> call(StreamableHttpTransport server, String token, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String kubectl(String token, String... args) throws Exception {
        return kubectl(http, token, args);
    }

    static String kubectl(StreamableHttpTransport server, String token, String... args) throws Exception {
        HttpResponse<String> r = call(server, token, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"kubectl\",\"arguments\":{\"args\":" + JSON.writeValueAsString(List.of(args)) + "}}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode reply = JSON.readTree(r.body());
        return reply.at("/result/content/0/text").asText();
    }

    @Test
    void eachCallerSeesWhatItsOwnBindingsAllow() throws Exception {
        String aliceInA = kubectl(alice, "get", "pods", "-n", "team-a");
        assertTrue(aliceInA.contains("a-1"), aliceInA);
        String bobInB = kubectl(bob, "get", "pods", "-n", "team-b");
        assertTrue(bobInB.contains("b-1"), bobInB);
        String aliceInB = kubectl(alice, "get", "pods", "-n", "team-b");
        assertTrue(aliceInB.contains("Error from server (Forbidden)")
                && aliceInB.contains("system:serviceaccount:ops:alice"), aliceInB);
        String bobInA = kubectl(bob, "get", "pods", "-n", "team-a");
        assertTrue(bobInA.contains("system:serviceaccount:ops:bob"), bobInA);
        HttpResponse<String> whoami = call(bob, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"whoami\",\"arguments\":{}}}");
        assertTrue(whoami.body().contains("User: system:serviceaccount:ops:bob"), whoami.body());
    }

    @Test
    void theServersOwnIdentityReadsNothing() throws Exception {
        // the proof that answers above came from the callers' rights, not the server's
        try {
            serverIdentity.pods().inNamespace("team-a").list();
            throw new AssertionError("the server's own identity could list pods");
        } catch (KubernetesClientException e) {
            assertEquals(403, e.getCode());
        }
    }

    @Test
    void noTokenOrARejectedTokenIsUnauthorized() throws Exception {
        String list = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}";
        assertEquals(401, call(null, list).statusCode());
        assertEquals(401, call("not-a-token", list).statusCode());
        assertEquals(401, call(alice.substring(0, alice.length() - 4) + "AAAA", list).statusCode());
        HttpResponse<String> ok = call(alice, list);
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void passthroughSendsEachCallersOwnTokenAndTheServerNeedsNoRights() throws Exception {
        String aliceInA = kubectl(passthrough, alice, "get", "pods", "-n", "team-a");
        assertTrue(aliceInA.contains("a-1"), aliceInA);
        String aliceInB = kubectl(passthrough, alice, "get", "pods", "-n", "team-b");
        assertTrue(aliceInB.contains("system:serviceaccount:ops:alice"), aliceInB);
        assertTrue(kubectl(passthrough, bob, "get", "pods", "-n", "team-b").contains("b-1"));
        String list = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}";
        assertEquals(401, call(passthrough, null, list).statusCode());
        assertEquals(401, call(passthrough, "not-a-token", list).statusCode());
        HttpResponse<String> whoami = call(passthrough, alice, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":"
                + "\"tools/call\",\"params\":{\"name\":\"whoami\",\"arguments\":{}}}");
        assertTrue(whoami.body().contains("User: system:serviceaccount:ops:alice"), whoami.body());
    }
}
