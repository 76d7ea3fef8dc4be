package io.krmcp.verbs.delete;

import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/**
 * A validated {@code kubectl delete}.
 *
 * @param gracePeriod seconds sent as {@code gracePeriodSeconds}; negative means not sent (the object's default)
 * @param propagation {@code Background}, {@code Foreground} or {@code Orphan}
 */
record DeleteOptions(Selection selection, Optional<String> namespace, long gracePeriod,
                     String propagation, boolean ignoreNotFound, boolean waitForDeletion, boolean nameOutput,
                     DryRun dryRun) {
}
