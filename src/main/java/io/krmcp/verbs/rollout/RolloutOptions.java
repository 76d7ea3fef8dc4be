package io.krmcp.verbs.rollout;

import java.time.Duration;
import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/** A validated {@code kubectl rollout SUBCOMMAND}. */
record RolloutOptions(String subVerb, Selection selection, Optional<String> namespace, boolean watch, Duration timeout, int revision, int toRevision,
                      boolean nameOutput, DryRun dryRun) {
}
