package io.krmcp.verbs.describe;

import java.util.Optional;

import io.krmcp.verbs.resource.Selection;

/** A validated {@code kubectl describe}: names are exact names or, as kubectl allows, name prefixes. */
public record DescribeOptions(Selection selection, Optional<String> namespace, boolean showEvents, int chunkSize) {
}
