package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.krmcp.command.CommandParser;
import io.krmcp.command.GlobalFlags;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsLoader;

/**
 * Random and mutated argument lists: the engine always answers (never throws), and no command carrying an identity
 * or cluster flag is ever allowed, whatever spelling or position. Seeded, so a failure reproduces.
 */
class PolicyPropertyTest {

    private static final String[] VERBS = {"get", "delete", "exec", "drain", "rollout", "run", "replace", "kubectl",
            "describe", "", "-n", "--"};
    private static final String[] TOKENS = {"pods", "po", "deploy/web", "-n", "kube-system", "-A", "-o", "wide",
            "--all", "-l", "app=web", "--", "sh", "-c", "x", "--image=busybox", "=", "-", "--=", "-=", "---x",
            "--namespace", "pods,svc", "/", "a/b/c", "--show-labels=maybe", "-Ao", "-nshop", "\u0000", "é", "%2F",
            "--chunk-size", "-1", "9999999999999999999", "--grace-period=0", "--force", "-it", "..", "*"};
    private static final String[] IDENTITY = {"--kubeconfig=/x", "--kubeconfig", "--context=c", "--cluster=c",
            "--user=u", "--token=t", "--as=a", "--as-group=g", "--as-uid=0", "--server=s", "-s", "-sx", "-As",
            "--insecure-skip-tls-verify", "--certificate-authority=/c", "--client-key=/k", "--username=u",
            "--password=p", "--auth-provider=a", "--exec-command=x", "--overrides={}", "--cache-dir=/c",
            "--log-file=/l", "--profile=cpu", "--raw=/api", "--as_group=g", "--KUBECONFIG=x", "--Token=t"};

    @Test
    void randomArgumentListsNeverEscapeTheEngine() throws Exception {
        ServerSettings permissiveWrites = SettingsLoader.fromEnvironment(Map.of(
                "KUBECTL_ALLOWED_COMMANDS", "get,delete,exec,drain,rollout,run,replace,describe",
                "KUBECTL_ALLOWED_IMAGES", "busybox", "K8S_MCP_SECURITY_MODE", "permissive",
                "KUBECTL_DANGEROUS_FLAGS", "--nothing"));
        ServerSettings defaults = SettingsLoader.fromEnvironment(Map.of());
        Random random = new Random(20261122L);
        CommandParser parser = new CommandParser(TestVerbSpecs::spec, v -> false);
        for (ServerSettings settings : List.of(permissiveWrites, defaults)) {
            PolicyEngine engine = new PolicyEngine(settings, TestVerbSpecs::spec);
            for (int i = 0; i < 20_000; i++) {
                List<String> args = new ArrayList<>();
                args.add(VERBS[random.nextInt(VERBS.length)]);
                int n = random.nextInt(8);
                for (int j = 0; j < n; j++) {
                    args.add(TOKENS[random.nextInt(TOKENS.length)]);
                }
                boolean identity = random.nextInt(3) == 0;
                if (identity) {
                    args.add(random.nextInt(args.size() + 1), IDENTITY[random.nextInt(IDENTITY.length)]);
                }
                Decision d = decide(parser, engine, settings, args);
                assertNotNull(d, args.toString());
                if (identity && carriesIdentityFlag(args)) {
                    assertFalse(d.allowed(), () -> "identity flag allowed: " + args);
                }
            }
        }
    }

    /** Whether a token before any bare "--" is an identity flag in long form or one of the inserted short forms. */
    private static boolean carriesIdentityFlag(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.startsWith("--")) {
                String name = GlobalFlags.normalise(a.substring(2).split("=", 2)[0]);
                if (GlobalFlags.isIdentityFlag(name)) {
                    return true;
                }
            } else if (List.of(IDENTITY).contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static Decision decide(CommandParser parser, PolicyEngine engine, ServerSettings settings,
                                   List<String> args) {
        return engine.evaluate(PolicyRequest.parse(parser, args, settings, "default"));
    }
}
