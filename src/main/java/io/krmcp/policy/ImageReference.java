package io.krmcp.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference normalised as Docker does: {@code busybox} is {@code docker.io/library/busybox:latest},
 * {@code docker.io/busybox} is the same repository, {@code ghcr.io/org/tool@sha256:...} keeps its registry.
 *
 * @param repository registry plus path, e.g. {@code docker.io/library/busybox}
 * @param tag the tag, empty when none was written
 * @param digest the digest ({@code sha256:...}), empty when none was written
 */
public record ImageReference(String repository, String tag, String digest) {

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}");
    private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9.-]+(?::[0-9]+)?|\\[[0-9a-fA-F:]+](?::[0-9]+)?");

    /** Parses a reference; empty when it is not a valid image reference. */
    public static Optional<ImageReference> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 512 || !text.strip().equals(text)) {
            return Optional.empty();
        }
        String rest = text;
        String digest = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                return Optional.empty();
            }
        }
        String tag = "";
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                return Optional.empty();
            }
        }
        String registry = "docker.io";
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first.toLowerCase(Locale.ROOT);
                path = rest.substring(slash + 1);
                if (!REGISTRY.matcher(first).matches()) {
                    return Optional.empty();
                }
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
            registry = "docker.io";
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                return Optional.empty();
            }
        }
        if (registry.equals("docker.io") && !path.contains("/")) {
            path = "library/" + path;
        }
        return Optional.of(new ImageReference(registry + "/" + path, tag, digest));
    }

    /**
     * Whether an allowlist entry admits a requested image: same normalised repository; an entry without tag or digest
     * admits any, an entry with a tag admits that tag only and without a digest (no tag requested means
     * {@code latest}; the runtime pulls by digest when one is given, whatever the tag), an entry with a digest admits
     * that digest only. Anything unparsable is never admitted.
     */
    public static boolean admits(String allowedEntry, String requested) {
        Optional<ImageReference> allowed = parse(allowedEntry);
        Optional<ImageReference> image = parse(requested);
        if (allowed.isEmpty() || image.isEmpty()) {
            return false;
        }
        ImageReference a = allowed.get();
        ImageReference r = image.get();
        if (!a.repository.equals(r.repository)) {
            return false;
        }
        if (!a.digest.isEmpty()) {
            return a.digest.equalsIgnoreCase(r.digest);
        }
        if (!a.tag.isEmpty()) {
            // a digest picks the image whatever the tag says, so a tag-pinned entry admits no digest
            String requestedTag = r.tag.isEmpty() ? "latest" : r.tag;
            return r.digest.isEmpty() && a.tag.equals(requestedTag);
        }
        return true;
    }
}
