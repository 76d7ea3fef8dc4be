package io.krmcp.verbs.cordon;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/** A validated {@code kubectl cordon} or {@code uncordon}. */
record CordonOptions(Selection nodes, DryRun dryRun) {
}
