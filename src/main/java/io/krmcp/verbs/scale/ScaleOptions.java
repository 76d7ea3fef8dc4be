package io.krmcp.verbs.scale;

import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/**
 * A validated {@code kubectl scale}.
 *
 * @param currentReplicas the precondition on the current replicas, -1 for none
 */
record ScaleOptions(Selection selection, Optional<String> namespace, int replicas, int currentReplicas, Optional<String> resourceVersion,
                    boolean nameOutput, DryRun dryRun) {

    boolean hasPrecondition() {
        return currentReplicas != -1 || resourceVersion.isPresent();
    }
}
