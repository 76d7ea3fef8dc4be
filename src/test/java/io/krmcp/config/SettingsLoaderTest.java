package io.krmcp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    @Test
    void seedDefaults() throws Exception {
        ServerSettings s = SettingsLoader.fromEnvironment(Map.of());
        assertEquals(List.of("get", "describe", "logs"), s.allowedCommands());
        // the seed's list, plus drain's PodDisruptionBudget bypass (issue 9: refused by default)
        assertEquals(List.of("--kubeconfig", "--context", "--cluster", "--user", "--token", "--as", "--as-group",
                "--as-uid", "--disable-eviction"), s.dangerousFlags());
        assertEquals(60, s.timeoutSeconds());
        assertEquals(List.of(), s.allowedImages());
        assertFalse(s.runImageEnabled());
        assertEquals(SecurityMode.STRICT, s.securityMode());
        assertTrue(s.redactSecrets());
        assertEquals(65_536, s.maxOutputBytes());
    }

    @Test
    void listsAreTrimmedAndFlagsNormalised() throws Exception {
        ServerSettings s = SettingsLoader.fromEnvironment(Map.of(
                "KUBECTL_ALLOWED_COMMANDS", " get ,  rollout   status ,,logs ",
                "KUBECTL_DANGEROUS_FLAGS", "all_namespaces, --force=true ,-A",
                "KUBECTL_ALLOWED_IMAGES", "busybox, alpine"));
        assertEquals(List.of("get", "rollout status", "logs"), s.allowedCommands());
        assertEquals(List.of("--all-namespaces", "--force", "-A"), s.dangerousFlags());
        assertEquals(List.of("busybox", "alpine"), s.allowedImages());
        assertTrue(s.runImageEnabled());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "K8S_MCP_SECURITY_MODE | lenient | strict (the default) or permissive",
            "KUBECTL_TIMEOUT | 0 | from 1 to",
            "KUBECTL_TIMEOUT | ten | from 1 to",
            "KUBECTL_MAX_OUTPUT_BYTES | -5 | from 1 to",
            "KUBECTL_REDACT_SECRETS | maybe | true or false",
            "LOG_LEVEL | LOUD | DEBUG, INFO",
            "KUBECTL_DANGEROUS_FLAGS | -- | empty entry",
            "K8S_MCP_CALLER_IDENTITY | sometimes | use off, impersonate or passthrough"})
    void badValuesAreRefusedWithWhatIsAllowed(String name, String value, String fragment) {
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsLoader.fromEnvironment(Map.of(name, value)));
        assertTrue(e.getMessage().startsWith(name), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void callerIdentityTakesTheBearerTokenSoNoSharedTokenWithIt() throws Exception {
        assertEquals(CallerIdentityMode.IMPERSONATE, SettingsLoader.fromEnvironment(Map.of(
                "K8S_MCP_CALLER_IDENTITY", "Impersonate")).callerIdentity());
        assertEquals(CallerIdentityMode.OFF, SettingsLoader.fromEnvironment(Map.of()).callerIdentity());
        assertEquals(CallerIdentityMode.PASSTHROUGH, SettingsLoader.fromEnvironment(Map.of(
                "K8S_MCP_CALLER_IDENTITY", "passthrough")).callerIdentity());
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.fromEnvironment(Map.of(
                "K8S_MCP_CALLER_IDENTITY", "impersonate", "K8S_MCP_AUTH_TOKEN", "shared-secret-token")));
        assertTrue(e.getMessage().contains("K8S_MCP_AUTH_TOKEN cannot be set with it"), e.getMessage());
    }

    @Test
    void tokenNeverAppearsInToString() throws Exception {
        ServerSettings s = SettingsLoader.fromEnvironment(Map.of("K8S_MCP_AUTH_TOKEN", "s3cret-token"));
        assertFalse(s.toString().contains("s3cret-token"));
        assertTrue(s.toString().contains("authToken=set"));
    }
}
