package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout and quoting as kubectl's go-yaml output. */
class YamlPrinterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final YamlPrinter yaml = new YamlPrinter();

    private String print(String js) throws Exception {
        return yaml.print(json.readTree(js.replace('\'', '"')));
    }

    @Test
    void sortsKeysAndKeepsListItemsAtTheKeysIndent() throws Exception {
        assertEquals("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                  - image: nginx
                    name: web
                    ports:
                    - containerPort: 80
                  nodeSelector: {}
                  tolerations: []
                """, print("{'spec':{'tolerations':[],'nodeSelector':{},'containers':[{'name':'web','image':'nginx',"
                + "'ports':[{'containerPort':80}]}]},'kind':'Pod','apiVersion':'v1'}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'1'                    | '\"1\"'",
            "'true'                 | '\"true\"'",
            "'no'                   | '\"no\"'",
            "'null'                 | '\"null\"'",
            "'2026-01-15T10:00:00Z' | '\"2026-01-15T10:00:00Z\"'",
            "'1.5'                  | '\"1.5\"'",
            "'0x1F'                 | '\"0x1F\"'",
            "''                     | '\"\"'",
            "'nginx:1.27'           | nginx:1.27",
            "'*'                    | '''*'''",
            "'a: b'                 | '''a: b'''",
            "'25%'                  | 25%",
            "'%x'                   | '''%x'''",
            "'- x'                  | '''- x'''",
            "'10.0.0.1'             | 10.0.0.1",
            "'app=web'              | app=web"})
    void quotesOnlyWhatGoYamlQuotes(String value, String expected) {
        assertEquals(expected, YamlPrinter.string(value, 2));
    }

    @Test
    void multiLineStringsAreLiteralBlocks() throws Exception {
        assertEquals("data:\n  script: |\n    echo one\n    echo two\n", print("{'data':{'script':'echo one\\necho two\\n'}}"));
        assertEquals("data:\n  k: |-\n    a\n    b\n", print("{'data':{'k':'a\\nb'}}"));
    }

    @Test
    void nestedListsAndNumbers() throws Exception {
        assertEquals("a:\n- - 1\n  - 2\n- x: 1.5\n  \"y\": null\n", print("{'a':[[1,2],{'x':1.5,'y':null}]}"));
    }
}
