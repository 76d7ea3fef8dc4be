package io.krmcp.verbs.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * {@code explain} against an OpenAPI v3 document served by the mock, compared with what the real kubectl printed
 * for the same document (see {@code src/test/resources/explain/kubectl/README.md}).
 */
class ExplainVerbTest {

    @RegisterExtension
    final MockApi api = new MockApi();
    CommandRunner kubectl;

    static String resource(String path) throws IOException {
        return Files.readString(Path.of("src/test/resources/explain", path), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void serveTheDocument() throws IOException {
        api.expect().get().withPath("/openapi/v3").andReturn(200, "{\"paths\":{\"apis/apps/v1\":"
                + "{\"serverRelativeURL\":\"/openapi/v3/apis/apps/v1?hash=ABC\"},\"apis/batch/v1\":"
                + "{\"serverRelativeURL\":\"/openapi/v3/apis/batch/v1?hash=DEF\"}}}").always();
        api.expect().get().withPath("/openapi/v3/apis/batch/v1?hash=DEF").andReturn(200, resource("batch-v1.json"))
                .always();
        api.expect().get().withPath("/openapi/v3/apis/apps/v1?hash=ABC").andReturn(200, resource("apps-v1.json"))
                .always();
        kubectl = api.runner(Clock.systemUTC(), Map.of("KUBECTL_ALLOWED_COMMANDS", "explain"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deployments | deployment",
        "deployments.spec | spec",
        "deployments.spec.strategy.type | strategy-type",
        "deployments --recursive | recursive",
        "deployments.status.conditions | conditions",
        "deploy.metadata.labels | labels",
        "deployments.apps.spec.selector | selector",
        "jobs | batch/jobs",
        "cronjobs.spec | batch/cronjob-spec",
        "jobs.spec.template.spec.containers | batch/containers",
        "jobs.spec.template.spec.containers.imagePullPolicy | batch/pull-policy",
        "cj --recursive | batch/cronjob-recursive",
        "jobs.spec.template.spec.volumes.hostPath | batch/hostpath",
        "jobs.status.conditions | batch/conditions"})
    void printsWhatKubectlPrints(String line, String expected) throws IOException {
        CommandOutcome o = TestRunners.run(kubectl, "explain " + line);
        assertEquals(resource("kubectl/" + expected + ".txt"), o.stdout(), o.stderr());
    }

    @Test
    void aMissingFieldIsKubectlsError() throws IOException {
        CommandOutcome o = TestRunners.run(kubectl, "explain deployments.spec.nope");
        assertEquals(1, o.returnCode());
        assertEquals(resource("kubectl/field-missing.txt"), o.stderr());
    }

    @Test
    void maxDepthCutsTheRecursion() {
        String out = TestRunners.run(kubectl, "explain deployments --recursive --max-depth=1").stdout();
        assertTrue(out.endsWith("FIELDS:\n  apiVersion\t<string>\n  kind\t<string>\n  metadata\t<ObjectMeta>\n"
                + "  spec\t<DeploymentSpec>\n  status\t<DeploymentStatus>\n\n"), out);
        assertEquals("error: --max-depth requires --recursive\n",
                TestRunners.run(kubectl, "explain deployments --max-depth=1").stderr());
    }

    @Test
    void aGroupVersionTheServerDoesNotDocumentIsNamed() {
        CommandOutcome o = TestRunners.run(kubectl, "explain pods");
        assertEquals("error: couldn't find resource for \"/v1, Resource=pods\"\n", o.stderr());
    }
}
