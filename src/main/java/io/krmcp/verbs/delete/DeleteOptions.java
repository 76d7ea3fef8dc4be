package io.krmcp.verbs.delete;

import java.util.List;
import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.get.GetOptions;

/**
 * A validated {@code kubectl delete}.
 *
 * @param gracePeriod seconds sent as {@code gracePeriodSeconds}; negative means not sent (the object's default)
 * @param propagation {@code Background}, {@code Foreground} or {@code Orphan}
 */
record DeleteOptions(List<GetOptions.Target> targets, Optional<String> selector, Optional<String> fieldSelector,
                     boolean all, boolean allNamespaces, Optional<String> namespace, long gracePeriod,
                     String propagation, boolean ignoreNotFound, boolean waitForDeletion, boolean nameOutput,
                     DryRun dryRun) {
}
