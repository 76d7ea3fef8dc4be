package io.krmcp.verbs.top;

import java.util.Optional;

/**
 * A validated {@code kubectl top}.
 *
 * @param pods pods, or nodes
 * @param sortBy cpu, memory, or empty for name order
 */
record TopOptions(boolean pods, Optional<String> name, Optional<String> selector, Optional<String> fieldSelector,
                  String sortBy, boolean containers, boolean allNamespaces, boolean noHeaders, boolean sum,
                  boolean showCapacity, Optional<String> namespace) {
}
