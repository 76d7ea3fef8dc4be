package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorScrubberTest {

    static final ApiPath SECRET = ApiPath.parse("/api/v1/namespaces/x/secrets/db");

    /** What kube-apiserver v1.28 answers a merge patch {"kind":"X"} to a Secret, word for word. */
    static final String ECHOED = "patch: Invalid value: \"{\\\"apiVersion\\\":\\\"v1\\\",\\\"data\\\":{\\\"password\\\":"
            + "\\\"aHVudGVyMnNlY3JldA==\\\"},\\\"kind\\\":\\\"X\\\",\\\"metadata\\\":{\\\"name\\\":\\\"db\\\"}}\": no kind "
            + "\"X\" is registered for version \"v1\" in scheme \"pkg/runtime/scheme.go:100\"";

    @Test
    void anEchoedObjectIsReplacedByItsSize() {
        String out = ErrorScrubber.scrub(ECHOED, ApiPath.parse("/api/v1/namespaces/x/configmaps/c"));
        assertFalse(out.contains("aHVudGVy"), out);
        assertTrue(out.startsWith("patch: Invalid value: \"{...omitted "), out);
        assertTrue(out.endsWith("no kind \"X\" is registered for version \"v1\" in scheme \"pkg/runtime/scheme.go:100\""),
                out);
    }

    @Test
    void quotedValuesAboutSecretsAreDropped() {
        String out = ErrorScrubber.scrub("The Secret \"db\" is invalid: type: Invalid value: \"aHVudGVyMnNlY3JldA==\": "
                + "field is immutable", SECRET);
        assertEquals("The Secret \"db\" is invalid: type: Invalid value: \"[redacted]\": field is immutable", out);
    }

    @Test
    void ordinaryMessagesStayWordForWord() {
        String m = "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].image: Required value";
        assertEquals(m, ErrorScrubber.scrub(m, ApiPath.parse("/apis/apps/v1/namespaces/a/deployments/web")));
        assertEquals("pods \"x\" not found", ErrorScrubber.scrub("pods \"x\" not found", SECRET));
    }

    @Test
    void longHexDumpsAreDropped() {
        String out = ErrorScrubber.scrub("json: cannot unmarshal (" + "7b22".repeat(40) + ")", SECRET);
        assertEquals("json: cannot unmarshal (<hex omitted>)", out);
    }

    @Test
    void anUnclosedObjectIsDroppedToTheEnd() {
        String out = ErrorScrubber.scrub("bad: {\"data\":{\"password\":\"aHVudGVyMnNlY3JldA==\"", SECRET);
        assertFalse(out.contains("aHVudGVy"), out);
    }
}
