package io.krmcp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.krmcp.command.CommandParseException.Reason;
import io.krmcp.verbs.get.GetFlags;

class CommandParserTest {

    private final CommandParser parser = new CommandParser(
            v -> v.equals("get") ? Optional.of(GetFlags.SPEC) : Optional.empty(),
            v -> v.equals("exec"));

    private ParsedCommand parse(String... args) throws CommandParseException {
        return parser.parse(List.of(args));
    }

    /** Every pflag spelling of a string flag lands on the same long name with the same value. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "get pods -n prod            | prod",
            "get pods -nprod             | prod",
            "get pods -n=prod            | prod",
            "get pods --namespace prod   | prod",
            "get pods --namespace=prod   | prod",
            "-n prod get pods            | prod",
            "--namespace=prod get pods   | prod",
            "get -n prod pods            | prod",
            "get pods -n dev -n prod     | prod",
            "kubectl get pods -n prod    | prod"})
    void namespaceFormsAllParseToTheLastValue(String line, String expected) throws Exception {
        ParsedCommand cmd = parse(line.trim().split("\\s+"));
        assertEquals("get", cmd.verb());
        assertEquals(List.of("pods"), cmd.positionals());
        assertEquals(Optional.of(expected), cmd.string("namespace"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "get pods -o wide            | wide",
            "get pods -owide             | wide",
            "get pods -o=yaml            | yaml",
            "get pods --output json      | json",
            "get pods --output=name      | name"})
    void outputForms(String line, String expected) throws Exception {
        assertEquals(Optional.of(expected), parse(line.trim().split("\\s+")).string("output"));
    }

    @Test
    void booleanFlagDoesNotConsumeTheNextArgument() throws Exception {
        ParsedCommand cmd = parse("get", "--show-labels", "pods");
        assertTrue(cmd.bool("show-labels"));
        assertEquals(List.of("pods"), cmd.positionals());
    }

    @Test
    void booleanFlagTakesAnExplicitValue() throws Exception {
        assertEquals(false, parse("get", "pods", "--show-labels=false").bool("show-labels"));
        assertEquals(true, parse("get", "pods", "-A=true").bool("all-namespaces"));
    }

    @Test
    void shorthandClusterSetsBooleansThenTakesTheValueOfTheLastFlag() throws Exception {
        ParsedCommand cmd = parse("get", "pods", "-Aowide");
        assertTrue(cmd.bool("all-namespaces"));
        assertEquals(Optional.of("wide"), cmd.string("output"));
    }

    @Test
    void underscoresAreNormalisedAsKubectlDoes() throws Exception {
        assertTrue(parse("get", "pods", "--all_namespaces").bool("all-namespaces"));
        assertTrue(parse("get", "pods", "--show_labels").bool("show-labels"));
    }

    @Test
    void repeatedListFlagAccumulatesCommaSeparatedValues() throws Exception {
        assertEquals(List.of("app", "tier", "team"), parse("get", "pods", "-L", "app,tier", "-Lteam").list("label-columns"));
    }

    @Test
    void doubleDashEndsFlagParsing() throws Exception {
        ParsedCommand cmd = parse("get", "pods", "--", "-n", "x");
        assertEquals(List.of("-n", "x"), cmd.afterDash());
        assertEquals(Optional.empty(), cmd.string("namespace").filter(s -> !s.isEmpty()));
    }

    @Test
    void defaultsComeFromTheSpec() throws Exception {
        assertEquals(Optional.of(500), parse("get", "pods").integer("chunk-size"));
        assertEquals(false, parse("get", "pods").bool("all-namespaces"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "get pods --watch            | UNKNOWN_FLAG",
            "get pods -w                 | UNKNOWN_FLAG",
            "get pods -f x.yaml          | UNKNOWN_FLAG",
            "get pods --filename=x       | UNKNOWN_FLAG",
            "frobnicate pods             | UNKNOWN_VERB",
            "exec pod -- ls              | UNSUPPORTED_VERB",
            "get pods --chunk-size=abc   | BAD_VALUE",
            "get pods --show-labels=yes  | BAD_VALUE",
            "get pods -n                 | MISSING_VALUE",
            "get pods --output           | MISSING_VALUE",
            "-n                          | MISSING_VALUE",
            "-o wide get pods            | UNKNOWN_FLAG",
            "--                          | UNKNOWN_VERB"})
    void refusals(String line, Reason reason) {
        CommandParseException e = assertThrows(CommandParseException.class, () -> parse(line.trim().split("\\s+")));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @Test
    void emptyCommandIsRefused() {
        CommandParseException e = assertThrows(CommandParseException.class, () -> parser.parse(List.of()));
        assertEquals(Reason.UNKNOWN_VERB, e.reason());
    }

    @Test
    void unknownFlagMessageListsTheVerbsFlags() {
        CommandParseException e = assertThrows(CommandParseException.class, () -> parse("get", "pods", "--watch"));
        assertTrue(e.getMessage().startsWith("error: unknown flag: --watch"), e.getMessage());
        assertTrue(e.getMessage().contains("--show-labels"), e.getMessage());
    }

    /** Identity and cluster flags are refused in every spelling and position, known to the verb or not. */
    @ParameterizedTest
    @ValueSource(strings = {
            "get pods --kubeconfig=/tmp/k", "get pods --kubeconfig /tmp/k", "--kubeconfig=/tmp/k get pods",
            "get pods --context=prod", "get pods --cluster=other", "get pods --user=admin", "get pods --token=abc",
            "get pods --as=admin", "get pods --as system:admin", "get pods --as-group=system:masters",
            "get pods --as-uid=0", "get pods --as_group=x", "get pods --server=https://evil",
            "get pods -s https://evil", "get pods -shttps://evil", "-s https://evil get pods", "get pods -As=x",
            "get pods --insecure-skip-tls-verify", "get pods --insecure_skip_tls_verify=true",
            "get pods --certificate-authority=/ca", "get pods --client-certificate=/c", "get pods --client-key=/k",
            "get pods --tls-server-name=x", "get pods --username=u", "get pods --password=p",
            "get pods --auth-provider=gcp", "get pods --auth-provider-arg=x=y", "get pods --exec-command=/bin/sh",
            "get pods --exec-api-version=v1", "get pods --overrides={}", "get pods --cache-dir=/tmp",
            "get pods --log-file=/tmp/x", "get pods --profile=cpu", "get pods --profile-output=/tmp/p",
            "get pods --raw=/api", "get --raw /api/v1/secrets",
            "get pods --KUBECONFIG=/x"})
    void identityFlagsAreRefused(String line) {
        CommandParseException e = assertThrows(CommandParseException.class, () -> parse(line.split(" ")));
        assertEquals(Reason.IDENTITY_FLAG, e.reason(), line + " -> " + e.getMessage());
        assertTrue(e.getMessage().contains("is not permitted"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"get pods -n --kubeconfig=/x", "get pods -o --as=admin", "get pods -o=--token=t",
            "get pods --output --server=https://x", "get pods -l -s", "get pods --field-selector=--context=c"})
    void identityFlagSmuggledAsAFlagValueIsRefused(String line) {
        CommandParseException e = assertThrows(CommandParseException.class, () -> parse(line.split(" ")));
        assertEquals(Reason.IDENTITY_FLAG, e.reason(), e.getMessage());
    }

    @Test
    void ordinaryDashValuesStayValues() throws Exception {
        assertEquals(Optional.of("-1"), parse("get", "pods", "--chunk-size", "-1").string("chunk-size"));
    }
}
