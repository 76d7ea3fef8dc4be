package io.krmcp.verbs.get;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.CommandOutcome;

/** {@code -o jsonpath}, {@code jsonpath-as-json} and {@code custom-columns} through the whole request flow. */
class GetTemplatesTest {

    static DemoKubectl demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static CommandOutcome run(String... args) {
        return demo.runArgs(args);
    }

    @Test
    void rangeWithQuotedLiteralsPassesThePolicyAsData() {
        CommandOutcome o = run("get", "pods", "-n", "shop", "-o",
                "jsonpath={range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}");
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals("cart-5f6d7c9b8-kx2lp\tRunning\n"
                + "checkout-6c8d9f7b5-q8wzt\tRunning\n"
                + "frontend-7d4b9c8f6-2xkqp\tRunning\n"
                + "frontend-7d4b9c8f6-h7zrm\tRunning\n"
                + "recommendations-84f9d6c7b-p4n6s\tPending\n", o.stdout());
    }

    @Test
    void singleObjectAndFilters() {
        assertEquals("checkout", run("get", "pod", "checkout-6c8d9f7b5-q8wzt", "-n", "shop", "-o",
                "jsonpath='{.spec.containers[0].name}'").stdout());
        assertEquals("False", run("get", "deploy", "checkout", "-n", "shop", "-o",
                "jsonpath={.status.conditions[?(@.type==\"Available\")].status}").stdout());
        assertEquals("7", run("get", "pods", "-n", "shop", "-o",
                "jsonpath={.items[*].status.containerStatuses[?(@.restartCount>0)].restartCount}").stdout());
    }

    @Test
    void jsonpathAsJsonIsAnArray() {
        assertEquals("[\n    \"cart\",\n    \"checkout\"\n]\n",
                run("get", "deploy", "cart", "checkout", "-n", "shop", "-o", "jsonpath-as-json={.items[*].metadata.name}")
                        .stdout());
    }

    @Test
    void customColumns() {
        assertEquals("NAME                   NODE            RESTARTS\n"
                        + "cart-5f6d7c9b8-kx2lp   demo-worker-1   0\n",
                run("get", "pods", "cart-5f6d7c9b8-kx2lp", "-n", "shop", "-o",
                        "custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,"
                                + "RESTARTS:.status.containerStatuses[*].restartCount").stdout());
        assertTrue(run("get", "pods", "-n", "shop", "--no-headers", "-o",
                "custom-columns=NAME:.metadata.name,GATES:.spec.readinessGates").stdout()
                .contains("recommendations-84f9d6c7b-p4n6s   <none>"));
    }

    @Test
    void templatesNeverLeakSecretValues() {
        for (String output : new String[] {"jsonpath={.items[*].data.password}", "jsonpath={..data}",
                "jsonpath-as-json={..password}", "custom-columns=NAME:.metadata.name,PW:.data.password"}) {
            CommandOutcome o = run("get", "secrets", "-n", "shop", "-o", output);
            assertFalse(o.stdout().contains("czNjcjN0LXBhc3N3MHJk"), output + " -> " + o.stdout());
            assertTrue(o.stdout().contains("redacted"), output + " -> " + o.stdout());
        }
    }

    @Test
    void fileAndGoTemplateFormatsAreRefused() {
        assertTrue(run("get", "pods", "-o", "jsonpath-file=/etc/passwd").stderr().contains("reads no files"));
        assertTrue(run("get", "pods", "-o", "go-template-file=/x").stderr().contains("reads no files"));
        assertTrue(run("get", "pods", "-o", "go-template={{.x}}").stderr().contains("not supported"));
        assertTrue(run("get", "pods", "-o", "jsonpath={.items[").stderr().startsWith("error: error parsing jsonpath"));
        assertTrue(run("get", "pods", "-o", "custom-columns=NAME").stderr()
                .contains("expected <header>:<json-path-expr>"));
        assertTrue(run("get", "pods", "-o", "wide;id").denial().isPresent(), "only templates are data");
    }

    @Test
    void sortByOrdersTablesAndDocuments() {
        String byAge = run("get", "pods", "-n", "shop", "--sort-by=.metadata.creationTimestamp", "-o", "name").stdout();
        assertEquals("pod/cart-5f6d7c9b8-kx2lp\npod/frontend-7d4b9c8f6-2xkqp\npod/frontend-7d4b9c8f6-h7zrm\n"
                + "pod/recommendations-84f9d6c7b-p4n6s\npod/checkout-6c8d9f7b5-q8wzt\n", byAge);
        String table = run("get", "pods", "-A", "--sort-by", "{.status.containerStatuses[0].restartCount}",
                "--no-headers").stdout();
        assertTrue(table.strip().endsWith("7 (2m50s ago)   25m"), table);
        assertTrue(table.startsWith("shop          recommendations-84f9d6c7b-p4n6s"), table);
        assertTrue(run("get", "pods", "--sort-by={.x[").stderr().startsWith("error: error parsing jsonpath"));
    }
}
