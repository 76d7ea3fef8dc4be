package io.krmcp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static SettingsException refused(Path file) {
        return assertThrows(SettingsException.class, () -> RuleFileLoader.load(Optional.of(file.toString())));
    }

    @Test
    void builtInRulesAreTheRepositoryFile() throws Exception {
        RuleFile rules = RuleFileLoader.load(Optional.empty());
        assertTrue(rules.dangerousCommands().containsAll(List.of("kubectl delete", "kubectl drain",
                "kubectl replace --force", "kubectl exec", "kubectl port-forward", "kubectl cp",
                "kubectl delete pods --all")));
        assertEquals(List.of("kubectl delete pod", "kubectl delete deployment", "kubectl delete service",
                "kubectl delete configmap", "kubectl delete job"), rules.safePatterns());
        assertTrue(rules.regexRules().stream().anyMatch(r -> r.pattern().matcher("kubectl delete pods --all").find()));
        String repositoryCopy = Files.readString(Path.of("security_config.yaml"));
        assertTrue(repositoryCopy.contains("\"kubectl delete pods --all\""), "the jar ships the top-level file");
    }

    @Test
    void operatorSectionsReplaceBuiltInSectionsAndKeepTheOthers() throws Exception {
        RuleFile rules = RuleFileLoader.load(Optional.of(write("r.yaml", """
                safe_patterns:
                  kubectl:
                    - "kubectl delete pod"
                """).toString()));
        assertEquals(List.of("kubectl delete pod"), rules.safePatterns());
        assertTrue(rules.dangerousCommands().contains("kubectl drain"));
        assertTrue(rules.source().endsWith("r.yaml"));
    }

    @Test
    void emptyListsAreAllowedAndMeanNoRules() throws Exception {
        RuleFile rules = RuleFileLoader.load(Optional.of(write("r.yaml",
                "dangerous_commands:\n  kubectl: []\nregex_rules:\n  kubectl: []\n").toString()));
        assertEquals(List.of(), rules.dangerousCommands());
        assertEquals(List.of(), rules.regexRules());
    }

    @Test
    void missingFileStopsTheServer() {
        SettingsException e = refused(dir.resolve("nope.yaml"));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().startsWith("K8S_MCP_SECURITY_CONFIG="), e.getMessage());
    }

    @Test
    void badYamlStopsTheServer() throws Exception {
        assertTrue(refused(write("bad.yaml", "regex_rules: [unclosed\n")).getMessage().contains("not valid YAML"));
    }

    @Test
    void badRegexStopsTheServerAndNamesTheRule() throws Exception {
        SettingsException e = refused(write("bad.yaml", """
                regex_rules:
                  kubectl:
                    - pattern: "kubectl (delete"
                      description: "broken"
                """));
        assertTrue(e.getMessage().contains("regex_rules.kubectl[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void unknownSectionStopsTheServer() throws Exception {
        assertTrue(refused(write("typo.yaml", "dangerous_command:\n  kubectl: [\"kubectl delete\"]\n"))
                .getMessage().contains("unknown section \"dangerous_command\""));
    }

    @Test
    void wrongShapesStopTheServer() throws Exception {
        refused(write("a.yaml", "- just a list\n"));
        refused(write("b.yaml", "dangerous_commands:\n  kubectl: \"kubectl delete\"\n"));
        refused(write("c.yaml", "dangerous_commands:\n  kubectl: [42]\n"));
        refused(write("d.yaml", "regex_rules:\n  kubectl:\n    - description: no pattern\n"));
        refused(write("e.yaml", "safe_patterns: [\"kubectl delete pod\"]\n"));
    }

    @Test
    void settingsLoadTheRuleFileSoStartUpFailsClosed() throws Exception {
        Path bad = write("bad.yaml", "regex_rules:\n  kubectl:\n    - pattern: \"(\"\n");
        assertThrows(SettingsException.class,
                () -> SettingsLoader.fromEnvironment(Map.of("K8S_MCP_SECURITY_CONFIG", bad.toString())));
        assertThrows(SettingsException.class, () -> SettingsLoader.fromEnvironment(
                Map.of("K8S_MCP_SECURITY_CONFIG", bad.toString(), "K8S_MCP_SECURITY_MODE", "permissive")));
    }
}
