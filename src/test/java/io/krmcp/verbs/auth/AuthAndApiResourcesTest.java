package io.krmcp.verbs.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** auth can-i through access reviews (asserted on the review sent), and api-resources. */
class AuthAndApiResourcesTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    CommandRunner kubectl() {
        return api.runner(Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS",
                "get,auth,api-resources"));
    }

    RecordedRequest lastPost() throws InterruptedException {
        return api.lastRequest("POST");
    }

    @Test
    void canIAsksASelfSubjectAccessReviewAndAnswersLikeKubectl() throws Exception {
        api.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReturn(201, "{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":true}}").once();
        CommandOutcome yes = TestRunners.run(kubectl(), "auth can-i delete pods -n shop");
        assertEquals("yes\n", yes.stdout(), yes.stderr());
        assertEquals(0, yes.returnCode());
        JsonNode sent = new ObjectMapper().readTree(lastPost().getBody().readUtf8());
        assertEquals("delete", sent.at("/spec/resourceAttributes/verb").asText());
        assertEquals("pods", sent.at("/spec/resourceAttributes/resource").asText());
        assertEquals("shop", sent.at("/spec/resourceAttributes/namespace").asText());
        api.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReturn(201, "{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":false}}").once();
        CommandOutcome no = TestRunners.run(kubectl(), "auth can-i patch deployments.apps/web -n shop");
        assertEquals("no\n", no.stdout());
        assertEquals(1, no.returnCode());
        JsonNode second = new ObjectMapper().readTree(lastPost().getBody().readUtf8());
        assertEquals("apps", second.at("/spec/resourceAttributes/group").asText());
        assertEquals("web", second.at("/spec/resourceAttributes/name").asText());
    }

    @Test
    void canIListShowsTheRules() {
        api.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews").andReturn(201, """
                {"kind":"SelfSubjectRulesReview","status":{"resourceRules":[{"verbs":["get","list"],"apiGroups":[""],
                "resources":["pods"]},{"verbs":["patch"],"apiGroups":["apps"],"resources":["deployments"]}],
                "nonResourceRules":[{"verbs":["get"],"nonResourceURLs":["/healthz"]}]}}""").once();
        CommandOutcome o = TestRunners.run(kubectl(), "auth can-i --list -n shop");
        assertEquals("""
                Resources          Non-Resource URLs   Resource Names   Verbs
                pods               []                  []               [get list]
                                   [/healthz]          []               [get]
                deployments.apps   []                  []               [patch]
                """, o.stdout(), o.stderr());
    }

    @Test
    void impersonationStaysRefused() {
        CommandOutcome o = TestRunners.run(kubectl(), "auth can-i delete pods --as=system:admin");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("--as"), o.stderr());
    }

    @Test
    void apiResourcesListsTypesByGroupThenName() {
        CommandOutcome o = TestRunners.run(kubectl(), "api-resources --api-group=apps");
        assertTrue(o.stdout().startsWith("NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND\n"
                + "controllerrevisions                apps/v1      true         ControllerRevision\n"), o.stdout());
        assertTrue(o.stdout().contains("deployments           deploy       apps/v1      true         Deployment\n"),
                o.stdout());
        CommandOutcome names = TestRunners.run(kubectl(), "api-resources --namespaced=false -o name");
        assertTrue(names.stdout().contains("nodes\n") && !names.stdout().contains("pods\n"), names.stdout());
    }

    /** Discovery served as the real kubectl saw it; each case compared with kubectl's output. */
    @Test
    void printsWhatKubectlPrints() throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(Path.of(
                "src/test/resources/api-resources-fixture.json").toFile());
        fixture.fields().forEachRemaining(e -> api.expect().get().withPath(e.getKey())
                .andReturn(200, e.getValue().toString()).always());
        Path dir = Path.of("src/test/resources/api-resources/kubectl");
        List<String> cases = Files.readAllLines(dir.resolve("cases.txt"));
        CommandRunner runner = api.runner(Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS",
                "api-resources,api-versions"));
        for (int i = 0; i < cases.size(); i++) {
            CommandOutcome o = runner.run(List.of(cases.get(i).split(" ")));
            assertEquals(Files.readString(dir.resolve("case" + (i + 1) + ".txt")), o.stdout(),
                    cases.get(i) + "\n" + o.stderr());
        }
    }

    /** The rules review the real kubectl was given, and its table (broken down, merged, sorted by verbs). */
    @Test
    void canIListPrintsWhatKubectlPrints() throws Exception {
        api.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews").andReturn(201,
                Files.readString(Path.of("src/test/resources/auth-rules-review.json")))
                .once();
        CommandOutcome o = TestRunners.run(kubectl(), "auth can-i --list -n shop");
        assertEquals(Files.readString(Path.of(
                "src/test/resources/auth-can-i-list-kubectl.txt")), o.stdout(), o.stderr());
    }
}
