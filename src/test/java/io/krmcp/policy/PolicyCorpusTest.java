package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.krmcp.command.CommandParser;
import io.krmcp.config.ServerSettings;
import io.krmcp.config.SettingsLoader;

/**
 * The policy engine over the table in {@code src/test/resources/policy-corpus/}: each line is an argument list
 * (space-separated), the environment, the layer that must refuse it or {@code allow}, and optionally a fragment the
 * denial message must contain.
 */
class PolicyCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/policy-corpus");

    static Stream<Arguments> cases() throws IOException {
        return cases(CORPUS);
    }

    /**
     * The lines of every {@code .txt} file in a corpus folder: {@code where, args, env, expected, fragment}; blank
     * lines and {@code #} comments skipped. Shared with the redaction corpus.
     */
    static Stream<Arguments> cases(Path corpus) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                int n = 0;
                for (String line : Files.readAllLines(file)) {
                    n++;
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split(" \\| ", -1);
                    if (cols.length < 3) {
                        throw new IllegalArgumentException(file + ":" + n + " needs args | env | expected");
                    }
                    out.add(Arguments.of(file.getFileName() + ":" + n, cols[0].strip(), cols[1].strip(),
                            cols[2].strip(), cols.length > 3 ? cols[3].strip() : ""));
                }
            }
        }
        return out.stream();
    }

    static Decision decide(String line, String env) throws Exception {
        Map<String, String> vars = new HashMap<>();
        if (!env.isEmpty() && !env.equals("-")) {
            for (String kv : env.split(";")) {
                int eq = kv.indexOf('=');
                vars.put(kv.substring(0, eq).strip(), kv.substring(eq + 1));
            }
        }
        vars.replaceAll((k, v) -> v.replace("<corpus>", CORPUS.toAbsolutePath().toString()));
        ServerSettings settings = SettingsLoader.fromEnvironment(vars);
        List<String> args = line.isEmpty() ? List.of() : List.of(line.replace("\\s", " ").split(" "))
                .stream().map(a -> unescape(a.replace("\\_", " "))).toList();
        return new PolicyEngine(settings, TestVerbSpecs::spec).evaluate(PolicyRequest.parse(
                new CommandParser(TestVerbSpecs::spec, v -> false), args, settings, "default"));
    }

    /** {@code \\uXXXX} stands for one character, so the corpus can hold control and look-alike characters. */
    static String unescape(String arg) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(arg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    @ParameterizedTest(name = "{0}: {1} [{2}] -> {3}")
    @MethodSource("cases")
    void decides(String where, String args, String env, String expected, String fragment) throws Exception {
        Decision d = decide(args, env);
        String actual = d.allowed() ? "allow" : d.denial().orElseThrow().layer();
        assertEquals(expected, actual, () -> where + ": " + d.denial().map(Denial::message).orElse("allowed"));
        if (!fragment.isEmpty()) {
            assertTrue(d.denial().orElseThrow().message().contains(fragment),
                    () -> where + ": \"" + d.denial().orElseThrow().message() + "\" lacks \"" + fragment + "\"");
        }
    }
}
