package io.krmcp.policy;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.VerbSpec;
import io.krmcp.flow.VerbRegistry;

/**
 * The server's verb grammar, plus test-only grammar the policy must judge before an implementation lands
 * ({@code replace}) or in a form the real verb does not have (an {@code events -o} that takes templates, to test
 * data values). Test-only: the server registers a verb only with its implementation.
 */
final class TestVerbSpecs {

    private TestVerbSpecs() {
    }

    static final VerbSpec REPLACE = VerbSpec.writing("replace", "replace a resource", FlagSpec.bool("force", ""),
            FlagSpec.string("filename", "").shorthand('f'));

    /** A reading verb whose {@code -o} takes templates. */
    static final VerbSpec EVENTS = VerbSpec.reading("events", "list events", FlagSpec.string("output", "")
            .shorthand('o').dataWhen(v -> v.startsWith("jsonpath=") || v.startsWith("custom-columns=")),
            FlagSpec.bool("all-namespaces", "").shorthand('A'));

    private static final Map<String, VerbSpec> TEST_ONLY = Map.of("replace", REPLACE, "events", EVENTS);
    private static final VerbRegistry REAL = VerbRegistry.standard(new ObjectMapper());

    static Optional<VerbSpec> spec(String verb) {
        return Optional.ofNullable(TEST_ONLY.get(verb)).or(() -> REAL.spec(verb));
    }
}
