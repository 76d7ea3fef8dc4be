package io.krmcp.verbs.scale;

import java.util.List;
import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.get.GetOptions;

/**
 * A validated {@code kubectl scale}.
 *
 * @param currentReplicas the precondition on the current replicas, -1 for none
 */
record ScaleOptions(List<GetOptions.Target> targets, Optional<String> selector, boolean all,
                    Optional<String> namespace, int replicas, int currentReplicas, Optional<String> resourceVersion,
                    boolean nameOutput, DryRun dryRun) {

    boolean hasPrecondition() {
        return currentReplicas != -1 || resourceVersion.isPresent();
    }
}
