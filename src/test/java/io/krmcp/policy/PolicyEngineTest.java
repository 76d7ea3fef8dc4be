package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.krmcp.command.CommandParseException;
import io.krmcp.command.CommandParser;
import io.krmcp.command.ParsedCommand;
import io.krmcp.config.SettingsLoader;
import io.krmcp.verbs.VerbRegistry;
import io.krmcp.verbs.get.GetVerb;
import io.krmcp.output.JsonPrinter;

/**
 * The engine end to end over parsed commands: each row is an argument list, the environment it runs under and the
 * layer that must refuse it (or "allow").
 */
class PolicyEngineTest {

    private static final VerbRegistry VERBS = new VerbRegistry(List.of(new GetVerb(
            new JsonPrinter(new com.fasterxml.jackson.databind.ObjectMapper()))));

    static Decision decide(String line, String env) throws Exception {
        Map<String, String> vars = new HashMap<>();
        if (!env.isBlank()) {
            for (String kv : env.split(";")) {
                int eq = kv.indexOf('=');
                vars.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
            }
        }
        var settings = SettingsLoader.fromEnvironment(vars);
        List<String> args = line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
        Optional<ParsedCommand> parsed = Optional.empty();
        Optional<CommandParseException> error = Optional.empty();
        try {
            parsed = Optional.of(new CommandParser(VERBS::spec, VERBS::isUnsupportedKubectlVerb).parse(args));
        } catch (CommandParseException e) {
            error = Optional.of(e);
        }
        return new PolicyEngine(settings).evaluate(new PolicyRequest(args, parsed, error, settings, "default"));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            // allowed
            "get pods                                  |                                              | allow",
            "get pods -n prod -o wide                  |                                              | allow",
            "kubectl get deploy -A                     |                                              | allow",
            "get pods -n shop                          | KUBECTL_ALLOWED_NAMESPACES=shop,pay*         | allow",
            "get pods -n payments                      | KUBECTL_ALLOWED_NAMESPACES=shop,pay*         | allow",
            // input hygiene
            "get pods;rm                               |                                              | input-hygiene",
            "'get pods|sh'                             |                                              | input-hygiene",
            "get pods&                                 |                                              | input-hygiene",
            "get $(id)                                 |                                              | input-hygiene",
            "get `id`                                  |                                              | input-hygiene",
            "get pods\\x                               |                                              | input-hygiene",
            "get \"pods\"                              |                                              | input-hygiene",
            "get pods -n ../kube-system                |                                              | input-hygiene",
            "get pods -n KUBE                          |                                              | input-hygiene",
            "get pods -n a%2Fb                         |                                              | input-hygiene",
            "get pods -n --kubeconfig=/x               |                                              | input-hygiene",
            // parse
            "frobnicate pods                           | KUBECTL_ALLOWED_COMMANDS=get,frobnicate      | parse",
            "get pods --watch                          |                                              | parse",
            "get pods --kubeconfig=/etc/k              |                                              | parse",
            "get pods --as=system:admin                |                                              | parse",
            "get pods -s https://x                     |                                              | parse",
            "--context=prod get pods                   |                                              | parse",
            "get pods --token=abc                      | KUBECTL_DANGEROUS_FLAGS=--nothing            | parse",
            "get --raw /api                            |                                              | parse",
            "                                          |                                              | parse",
            // allowlist
            "exec web -- ls                            |                                              | subcommand-allowlist",
            "delete pod web                            |                                              | subcommand-allowlist",
            "frobnicate pods                           |                                              | subcommand-allowlist",
            "get pods                                  | KUBECTL_ALLOWED_COMMANDS=describe            | subcommand-allowlist",
            "get pods                                  | KUBECTL_ALLOWED_COMMANDS= get , logs         | allow",
            // dangerous flags
            "get pods --show-labels                    | KUBECTL_DANGEROUS_FLAGS=--show-labels        | dangerous-flags",
            "get pods --show_labels                    | KUBECTL_DANGEROUS_FLAGS=--show-labels        | dangerous-flags",
            "get pods -A                               | KUBECTL_DANGEROUS_FLAGS=--all-namespaces     | dangerous-flags",
            "get pods --all-namespaces=false           | KUBECTL_DANGEROUS_FLAGS=-A                   | dangerous-flags",
            "get pods -Ao wide                         | KUBECTL_DANGEROUS_FLAGS=--all_namespaces     | dangerous-flags",
            // namespaces
            "get pods -n kube-system                   | KUBECTL_ALLOWED_NAMESPACES=shop              | namespaces",
            "get pods                                  | KUBECTL_ALLOWED_NAMESPACES=shop              | namespaces",
            "get pods -A                               | KUBECTL_ALLOWED_NAMESPACES=shop              | namespaces",
            "get pods -n kube-system                   | KUBECTL_DENIED_NAMESPACES=kube-*             | namespaces",
            "--namespace=kube-public get pods          | KUBECTL_DENIED_NAMESPACES=kube-*             | namespaces",
            "get pods -n kube-system                   | KUBECTL_ALLOWED_NAMESPACES=*;KUBECTL_DENIED_NAMESPACES=kube-system | namespaces",
            "get pods -A                               | KUBECTL_DENIED_NAMESPACES=kube-system        | namespaces"})
    void decides(String line, String env, String expected) throws Exception {
        Decision d = decide(line == null ? "" : line.trim(), env == null ? "" : env);
        String actual = d.allowed() ? "allow" : d.denial().orElseThrow().layer();
        assertEquals(expected.trim(), actual, () -> d.denial().map(Denial::message).orElse("allowed"));
        d.denial().ifPresent(denial -> assertTrue(denial.text().startsWith("denied: ") && denial.message().length() > 10));
    }
}
