package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Go's json.MarshalIndent layout, as kubectl -o json prints it. */
class JsonPrinterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sortedKeysFourSpacesAndGoEscapes() throws Exception {
        String out = new JsonPrinter(json).print(json.readTree(
                "{\"b\":[],\"a\":{},\"c\":[1,{\"z\":\"<&>\",\"y\":true}]}"));
        assertEquals("""
                {
                    "a": {},
                    "b": [],
                    "c": [
                        1,
                        {
                            "y": true,
                            "z": "\\u003c\\u0026\\u003e"
                        }
                    ]
                }
                """, out);
    }
}
