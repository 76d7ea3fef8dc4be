package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void redactsDataStringDataAndLastAppliedInListsOfMixedKinds() throws Exception {
        // "czNjcjN0" is base64 of "s3cr3t"
        JsonNode list = json.readTree("""
                {"kind":"List","items":[
                  {"kind":"ConfigMap","data":{"k":"visible"}},
                  {"kind":"Secret","data":{"password":"czNjcjN0"},"stringData":{"token":"abc"},
                   "metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"data\\":{\\"password\\":\\"czNjcjN0\\"}}"}}}
                ]}""");
        SecretRedactor.redact(list);
        String text = list.toString();
        assertFalse(text.contains("czNjcjN0"), text);
        assertFalse(text.contains("abc"), text);
        assertEquals("[redacted: 6 bytes]", list.at("/items/1/data/password").asText());
        assertEquals("[redacted: 3 bytes]", list.at("/items/1/stringData/token").asText());
        assertEquals("visible", list.at("/items/0/data/k").asText());
    }
}
