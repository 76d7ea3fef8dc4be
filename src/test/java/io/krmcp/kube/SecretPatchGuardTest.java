package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPatchGuardTest {

    static final String JSON_PATCH = "application/json-patch+json";
    static final String MERGE = "application/merge-patch+json";
    static final ApiPath SECRET = ApiPath.parse("/api/v1/namespaces/shop/secrets/db");
    final SecretPatchGuard guard = new SecretPatchGuard(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/metadata/annotations/leak\"}]",
        "[{\"op\":\"move\",\"from\":\"/data\",\"path\":\"/metadata/labels\"}]",
        "[{\"op\":\"test\",\"path\":\"/data/password\",\"value\":\"Z3Vlc3M=\"}]",
        "[{\"op\":\"COPY\",\"from\":\"/data/password\",\"path\":\"/kind\"}]",
        "[{\"op\":\"replace\",\"path\":\"/kind\",\"value\":\"X\"}]",
        "[{\"op\":\"replace\",\"path\":\"/apiVersion\",\"value\":\"v2\"}]",
        "[{\"op\":\"replace\",\"path\":\"/type\",\"value\":\"x\"}]",
        "[{\"op\":\"replace\",\"path\":\"/metadata/name\",\"value\":\"x\"}]",
        "[{\"op\":\"remove\",\"path\":\"/metadata\"}]",
        "[{\"op\":\"replace\",\"path\":\"\",\"value\":{}}]",
        "[{\"op\":\"add\",\"path\":\"/data/a\",\"value\":\"YQ==\"},{\"op\":\"copy\",\"from\":\"/data/a\",\"path\":\"/x\"}]"})
    void jsonPatchesThatReadOrRenameASecretAreRefused(String body) {
        RequestRefusedException e = assertThrows(RequestRefusedException.class,
                () -> guard.check("PATCH", SECRET, JSON_PATCH, body));
        assertEquals("secret-data", e.code());
        assertTrue(e.getMessage().contains("Secret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":\"X\"}", "{\"kind\":null}", "{\"apiVersion\":\"v2\"}", "{\"Type\":\"x\"}",
        "{\"metadata\":{\"name\":\"other\"}}", "{\"metadata\":null}", "{\"$patch\":\"replace\"}",
        "{\"metadata\":{\"$patch\":\"delete\"}}"})
    void objectPatchesThatChangeIdentityAreRefused(String body) {
        assertThrows(RequestRefusedException.class, () -> guard.check("PATCH", SECRET, MERGE, body));
        assertThrows(RequestRefusedException.class,
                () -> guard.check("PATCH", SECRET, "application/strategic-merge-patch+json", body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"data\":{\"password\":\"bmV3\"}}", "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}",
        "{\"stringData\":{\"token\":\"t\"}}", "{\"immutable\":true}"})
    void ordinaryWritesPass(String body) {
        assertDoesNotThrow(() -> guard.check("PATCH", SECRET, MERGE, body));
        assertDoesNotThrow(() -> guard.check("PATCH", SECRET, JSON_PATCH,
                "[{\"op\":\"replace\",\"path\":\"/data/password\",\"value\":\"bmV3\"},"
                        + "{\"op\":\"remove\",\"path\":\"/metadata/labels/a\"}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/namespaces/shop/configmaps/db", "/apis/example.com/v1/namespaces/a/secrets/b"})
    void otherResourcesAreNotJudgedHere(String path) {
        assertDoesNotThrow(() -> guard.check("PATCH", ApiPath.parse(path), JSON_PATCH,
                "[{\"op\":\"copy\",\"from\":\"/data/a\",\"path\":\"/metadata/annotations/b\"}]"));
    }

    @Test
    void readsAreNeverRefused() {
        assertDoesNotThrow(() -> guard.check("GET", SECRET, null, null));
    }
}
