package io.krmcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build's check of the layout the README describes: the request flows parse → policy → verb → printer over the
 * API client, and no package imports one above it; no class name is written out in full inside code (an import says
 * what a file depends on, in one place); {@code src/main} never starts a process.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Each package's rank: a package may import only packages of a lower rank, besides itself. The verbs share
     * rank 12 but may not import each other: what two verbs share lives in {@code verbs.resource} or
     * {@code verbs.workload}.
     */
    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("config", 0),
            Map.entry("kube.model", 1),
            Map.entry("kube", 2),
            Map.entry("output.table", 3),
            Map.entry("output.explain", 3),
            Map.entry("output", 4),
            Map.entry("output.describe", 5),
            Map.entry("command", 6),
            Map.entry("policy.layers", 7),
            Map.entry("policy", 7),
            Map.entry("audit", 8),
            Map.entry("verbs", 9),
            Map.entry("verbs.resource", 10),
            Map.entry("verbs.workload", 11),
            Map.entry("demo", 12),
            Map.entry("flow", 13),
            Map.entry("metrics", 14),
            Map.entry("mcp", 14),
            Map.entry("mcp.transport", 15),
            Map.entry("", 16));
    /** The policy chain and its layers are one unit: the chain builds the layers, the layers implement its types. */
    private static final List<List<String>> FAMILIES = List.of(List.of("policy", "policy.layers"));
    private static final int VERB_RANK = 12;

    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?io\\.krmcp\\.(?:([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.)?[A-Z]", Pattern.MULTILINE);
    private static final Pattern INLINE_NAME = Pattern.compile(
            "(?<![\\w.])(?:java|javax|com|org|io)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");
    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|//[^\\n]*|/\\*[\\s\\S]*?\\*/");

    @Test
    void noPackageImportsOneAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            int rank = rank(pkg);
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1) == null ? "" : m.group(1);
                if (target.equals(pkg) || family(pkg, target)) {
                    continue;
                }
                int targetRank = rank(target);
                boolean siblingVerbs = rank == VERB_RANK && targetRank == VERB_RANK && pkg.startsWith("verbs.")
                        && target.startsWith("verbs.");
                if (targetRank >= rank || siblingVerbs) {
                    violations.add(MAIN.relativize(file) + " (" + display(pkg) + ", rank " + rank + ") imports "
                            + display(target) + " (rank " + targetRank + ")");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noClassNameIsWrittenOutInFull() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String code = STRINGS_AND_COMMENTS.matcher(Files.readString(file)).replaceAll("\"\"");
            for (String line : code.split("\n")) {
                if (line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                Matcher m = INLINE_NAME.matcher(line);
                while (m.find()) {
                    violations.add(MAIN.relativize(file) + ": " + m.group() + " (import it)");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void mainNeverStartsAProcess() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String code = STRINGS_AND_COMMENTS.matcher(Files.readString(file)).replaceAll("\"\"");
            if (code.contains("ProcessBuilder") || code.contains("Runtime.getRuntime().exec")
                    || code.contains(".exec(new String")) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theChecksSeeWhatTheyLookFor() {
        assertTrue(INLINE_NAME.matcher("return new java.util.ArrayList<>();").find());
        assertTrue(INLINE_NAME.matcher("x = io.krmcp.output.JsonPath.parse(e);").find());
        String stripped = STRINGS_AND_COMMENTS.matcher("log(\"io.krmcp.Main\"); // java.util.List")
                .replaceAll("\"\"");
        assertTrue(!INLINE_NAME.matcher(stripped).find(), stripped);
        Matcher m = IMPORT.matcher("import io.krmcp.kube.model.ResourceType;\nimport io.krmcp.Server;");
        assertTrue(m.find());
        assertEquals("kube.model", m.group(1));
        assertTrue(m.find());
        assertEquals(null, m.group(1));
    }

    private static int rank(String pkg) {
        Integer exact = RANKS.get(pkg);
        if (exact != null) {
            return exact;
        }
        if (pkg.startsWith("verbs.")) {
            return VERB_RANK;
        }
        throw new AssertionError("package io.krmcp." + pkg + " has no rank: add it to ArchitectureTest.RANKS and to "
                + "the README's layout section");
    }

    private static boolean family(String a, String b) {
        return FAMILIES.stream().anyMatch(f -> f.contains(a) && f.contains(b));
    }

    private static String display(String pkg) {
        return pkg.isEmpty() ? "io.krmcp" : pkg;
    }

    private static String packageOf(Path file) {
        String rel = MAIN.resolve("io/krmcp").relativize(file.getParent()).toString();
        return rel.replace('/', '.');
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
