package io.krmcp;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.audit.CommandOutcome;
import io.krmcp.config.NamespaceRules;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.CommandRunner;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.NamespaceGuard;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.policy.PolicyEngine;

/** The production request flow over a test client, with a chosen clock and environment. */
public final class TestRunners {

    private TestRunners() {
    }

    public static CommandRunner runner(KubernetesClient client, Clock clock, Map<String, String> env) {
        try {
            ServerSettings settings = SettingsLoader.fromEnvironment(env);
            ObjectMapper json = new ObjectMapper();
            KubeApi api = new KubeApi(() -> client, json, KubeApi.Observer.NONE,
                    KubeApi.Protections.of(settings.redactSecrets(), json,
                            new NamespaceGuard(NamespaceRules.of(settings))));
            VerbRegistry verbs = VerbRegistry.standard(json);
            return new CommandRunner(verbs, new PolicyEngine(settings, verbs::spec), settings, api,
                    new ResourceTypes(new ApiDiscovery(api), clock), "default", clock);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static CommandOutcome run(CommandRunner runner, String line) {
        return runner.run(List.of(line.split(" ")));
    }
}
