package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    private static final String D1 = "sha256:" + "a".repeat(64);
    private static final String D2 = "sha256:" + "b".repeat(64);

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource({
            // same repository, every spelling
            "busybox, busybox, true",
            "busybox, busybox:1.36, true",
            "busybox, docker.io/busybox, true",
            "busybox, docker.io/library/busybox:1.36, true",
            "busybox, index.docker.io/library/busybox, true",
            "docker.io/library/busybox, busybox:latest, true",
            "busybox, busybox@" + "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, true",
            "curlimages/curl, docker.io/curlimages/curl:8.5.0, true",
            "ghcr.io/org/tool, ghcr.io/org/tool:v1, true",
            "nicolaka/netshoot, nicolaka/netshoot, true",
            // pinned tags
            "busybox:1.36, busybox:1.36, true",
            "busybox:1.36, busybox:1.37, false",
            "busybox:1.36, busybox, false",
            "busybox:latest, busybox, true",
            // lookalikes never match
            "busybox, busybox-evil, false",
            "busybox, evil/busybox, false",
            "busybox, docker.io.evil.com/library/busybox, false",
            "busybox, evil.com/busybox, false",
            "busybox, evil.com/library/busybox, false",
            "ghcr.io/org/tool, ghcr.io/org/tool2, false",
            "ghcr.io/org/tool, ghcr.io/org2/tool, false",
            "ghcr.io/org/tool, ghcr.io.evil.com/org/tool, false",
            "ghcr.io/org/tool, docker.io/org/tool, false",
            "localhost:5000/tool, localhost:5001/tool, false",
            // invalid references never match
            "busybox, BusyBox, false",
            "busybox, 'busybox ', false",
            "busybox, busybox:, false",
            "busybox, busybox:bad tag, false",
            "busybox, ../busybox, false",
            "busybox, busybox@sha256:zz, false",
            "'', busybox, false",
            "busybox, '', false"})
    void admits(String allowed, String requested, boolean expected) {
        assertEquals(expected, ImageReference.admits(allowed == null ? "" : allowed,
                requested == null ? "" : requested));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void pinnedDigestAdmitsOnlyThatDigest(boolean same) {
        assertEquals(same, ImageReference.admits("busybox@" + D1, "docker.io/library/busybox@" + (same ? D1 : D2)));
    }

    @ParameterizedTest
    @CsvSource({
            "busybox, docker.io/library/busybox",
            "docker.io/busybox:1.2, docker.io/library/busybox",
            "quay.io/prometheus/node-exporter:v1.8.0, quay.io/prometheus/node-exporter",
            "localhost:5000/a/b, localhost:5000/a/b"})
    void normalisesRepositories(String text, String repository) {
        assertEquals(repository, ImageReference.parse(text).orElseThrow().repository());
    }
}
