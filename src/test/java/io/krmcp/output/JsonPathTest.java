package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of kubectl's JSONPath reference, on its own sample document. */
class JsonPathTest {

    static final JsonNode DOC;

    static {
        try {
            DOC = new ObjectMapper().readTree("""
                    {"kind":"List","items":[
                      {"kind":"None","metadata":{"name":"127.0.0.1","labels":{"kubernetes.io/hostname":"127.0.0.1"}},
                       "status":{"capacity":{"cpu":"4"},"addresses":[{"type":"LegacyHostIP","address":"127.0.0.1"}]}},
                      {"kind":"None","metadata":{"name":"127.0.0.2"},
                       "status":{"capacity":{"cpu":"8"},"addresses":[{"type":"LegacyHostIP","address":"127.0.0.2"},
                         {"type":"another","address":"127.0.0.3"}]}}],
                     "users":[{"name":"myself","user":{}},{"name":"e2e","user":{"username":"admin","password":"secret"}}]}""");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static String render(String template) throws Exception {
        return JsonPath.parse(template).render(DOC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{.kind}                                              | List",
            "{['kind']}                                           | List",
            "{.items[0].metadata.name}                            | 127.0.0.1",
            "{.items[*].metadata.name}                            | 127.0.0.1 127.0.0.2",
            "{.items[-1].metadata.name}                           | 127.0.0.2",
            "{.items[1:].status.capacity.cpu}                     | 8",
            "{.items[:1].status.capacity.cpu}                     | 4",
            "{..name}                                             | 127.0.0.1 127.0.0.2 myself e2e",
            "{.users[?(@.name==\"e2e\")].user.password}           | secret",
            "{.users[?(@.name!=\"e2e\")].name}                    | myself",
            "{.users[?(@.user.username)].name}                    | e2e",
            "{.items[?(@.status.capacity.cpu==\"8\")].metadata.name} | 127.0.0.2",
            "{.items[0].metadata.labels['kubernetes\\.io/hostname']} | ''",
            "{.items[0].metadata.labels['kubernetes.io/hostname']}  | 127.0.0.1",
            "{.items[0].metadata.labels.kubernetes\\.io/hostname}  | 127.0.0.1",
            "{.items[*].status.addresses[?(@.type==\"another\")].address} | 127.0.0.3",
            "{.items[0].status.capacity}                          | {\"cpu\":\"4\"}",
            "{.missing}                                           | ''",
            "name: {.items[0].metadata.name}!                     | name: 127.0.0.1!"})
    void kubectlExamples(String template, String expected) throws Exception {
        assertEquals(expected == null ? "" : expected, render(template.strip()));
    }

    @Test
    void rangeAndLiterals() throws Exception {
        assertEquals("127.0.0.1\t4\n127.0.0.2\t8\n",
                render("{range .items[*]}{.metadata.name}{\"\\t\"}{.status.capacity.cpu}{\"\\n\"}{end}"));
        assertEquals("[myself][e2e]", render("{range .users[*]}[{@.name}]{end}"));
    }

    @Test
    void currentObject() throws Exception {
        assertEquals("{\"cpu\":\"8\"}", JsonPath.parse("{@}").render(DOC.at("/items/1/status/capacity")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{.items[", "{.items[abc]}", "{range .items[*]}{.x}", "{end}", "{\"unterminated}",
            "{.a}}{", "{.items[?(@.x==bare)]}", "{\"\\q\"}", "{}", "{.a b}"})
    void malformedTemplatesAreRefused(String template) {
        assertThrows(JsonPath.SyntaxError.class, () -> JsonPath.parse(template));
    }

    /** What decides whether a get reads objects with their managedFields: only templates that may print them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{.items[*].metadata.name}                                         | false",
            "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end} | false",
            "{.items[0].spec.containers[*].image}                              | false",
            "{.items[*].metadata.managedFields[*].manager}                     | true",
            "{.items[*].metadata}                                              | true",
            "{.items[*]}                                                       | true",
            "{.items}                                                          | true",
            "{@}                                                               | true",
            "{..manager}                                                       | true",
            "{range .items[*]}{@}{end}                                         | true",
            "{.items[?(@.metadata.managedFields)].metadata.name}               | true",
            "{.items[0].spec.containers[0]}                                    | true",
    })
    void mayPrintManagedFields(String template, boolean may) throws Exception {
        assertEquals(may, JsonPath.parse(template).mayPrintField("managedFields"), template);
    }
}
