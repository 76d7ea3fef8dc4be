package io.krmcp.verbs.describe;

import java.util.List;
import java.util.Optional;

import io.krmcp.verbs.get.GetOptions;

/** A validated {@code kubectl describe}: names are exact names or, as kubectl allows, name prefixes. */
public record DescribeOptions(List<GetOptions.Target> targets, Optional<String> selector, boolean allNamespaces,
                              Optional<String> namespace, boolean showEvents, int chunkSize) {
}
