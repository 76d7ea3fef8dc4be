package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.krmcp.config.SettingsLoader;

class RealPolicyChainTest {

    private static PolicyRequest request() throws Exception {
        return new PolicyRequest(List.of("get", "pods"), Optional.empty(), Optional.empty(),
                SettingsLoader.fromEnvironment(Map.of()), "default");
    }

    private static PolicyLayer named(String name, PolicyLayer body) {
        return new PolicyLayer() {
            @Override
            public Decision evaluate(PolicyChain chain) {
                return body.evaluate(chain);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void emptyChainAllows() throws Exception {
        assertTrue(RealPolicyChain.run(List.of(), request()).allowed());
    }

    @Test
    void layersRunInOrderAndAllowWhenAllProceed() throws Exception {
        List<String> seen = new ArrayList<>();
        Decision d = RealPolicyChain.run(List.of(
                named("a", c -> {
                    seen.add("a");
                    return c.proceed(c.request());
                }),
                named("b", c -> {
                    seen.add("b");
                    return c.proceed(c.request());
                })), request());
        assertTrue(d.allowed());
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void denyShortCircuitsLaterLayers() throws Exception {
        List<String> seen = new ArrayList<>();
        Decision d = RealPolicyChain.run(List.of(
                named("first", c -> Decision.deny(Denial.of("first", "no", "nope"))),
                named("second", c -> {
                    seen.add("second");
                    return c.proceed(c.request());
                })), request());
        assertFalse(d.allowed());
        assertEquals("first", d.denial().orElseThrow().layer());
        assertTrue(seen.isEmpty());
    }

    @Test
    void layerThatThrowsDenies() throws Exception {
        Decision d = RealPolicyChain.run(List.of(named("boom", c -> {
            throw new IllegalStateException("bug");
        })), request());
        assertFalse(d.allowed());
        assertEquals("boom", d.denial().orElseThrow().layer());
        assertTrue(d.denial().orElseThrow().message().contains("boom"));
    }

    @Test
    void layerThatReturnsNullDenies() throws Exception {
        Decision d = RealPolicyChain.run(List.of(named("null", c -> null)), request());
        assertFalse(d.allowed());
        assertEquals("policy-error", d.denial().orElseThrow().code());
    }

    @Test
    void layerThatProceedsTwiceDeniesEvenIfTheSecondAllows() throws Exception {
        Decision d = RealPolicyChain.run(List.of(named("twice", c -> {
            c.proceed(c.request());
            return c.proceed(c.request());
        })), request());
        assertFalse(d.allowed());
        assertTrue(d.denial().orElseThrow().message().contains("more than once"));
    }

    @Test
    void layerThatPassesNullOnDenies() throws Exception {
        Decision d = RealPolicyChain.run(List.of(named("nullreq", c -> c.proceed(null))), request());
        assertFalse(d.allowed());
    }

    @Test
    void engineDeniesNullRequest() throws Exception {
        assertFalse(new PolicyEngine(SettingsLoader.fromEnvironment(Map.of()), v -> Optional.empty()).evaluate(null).allowed());
    }
}
