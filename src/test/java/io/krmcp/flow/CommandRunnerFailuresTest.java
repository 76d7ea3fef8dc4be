package io.krmcp.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.audit.CommandOutcome;
import io.krmcp.command.VerbSpec;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsLoader;
import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.policy.PolicyEngine;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbResult;

/** A verb that fails in a way no verb should still gets its call answered, with a message and no stack trace. */
class CommandRunnerFailuresTest {

    /** A verb whose act throws what it is given. */
    static final class Failing extends Verb<Object> {
        private final Throwable error;

        Failing(Throwable error) {
            super(VerbSpec.reading("get", "fails"), (command, warnings) -> new Object());
            this.error = error;
        }

        @Override
        protected VerbResult run(Object options, VerbContext ctx, StringBuilder warnings) {
            if (error instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) error;
        }
    }

    static CommandOutcome run(Throwable error) throws Exception {
        ServerSettings settings = SettingsLoader.fromEnvironment(Map.of());
        ObjectMapper json = new ObjectMapper();
        KubeApi api = new KubeApi((KubernetesClient) null, json);
        VerbRegistry verbs = new VerbRegistry(List.of(new Failing(error)));
        CommandRunner runner = new CommandRunner(verbs, new PolicyEngine(settings, verbs::spec), settings, api,
                new ResourceTypes(new ApiDiscovery(api), Clock.systemUTC()), "default", Clock.systemUTC());
        return runner.run(List.of("get", "pods"));
    }

    @Test
    void runningOutOfHeapFailsTheCallWithAMessage() throws Exception {
        CommandOutcome o = run(new OutOfMemoryError("Java heap space"));
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().startsWith("error: the answer did not fit in the server's memory; narrow the query"),
                o.stderr());
        assertTrue(!o.stderr().contains("Java heap space"), o.stderr());
    }

    /** The JVM reuses one OutOfMemoryError; try-with-resources then fails to add it to itself as suppressed. */
    @Test
    void runningOutOfHeapInsideTryWithResourcesIsStillRunningOutOfHeap() throws Exception {
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        CommandOutcome o = run(new IllegalArgumentException("Self-suppression not permitted", shared));
        assertTrue(o.stderr().startsWith("error: the answer did not fit in the server's memory"), o.stderr());
    }

    @Test
    void tooDeepANestingFailsTheCallWithAMessage() throws Exception {
        CommandOutcome o = run(new StackOverflowError());
        assertEquals("error: the command is nested too deeply to evaluate\n", o.stderr());
    }
}
