package io.krmcp.verbs.rollout;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.get.GetOptions;

/** A validated {@code kubectl rollout SUBCOMMAND}. */
record RolloutOptions(String subVerb, List<GetOptions.Target> targets, Optional<String> selector,
                      Optional<String> namespace, boolean watch, Duration timeout, int revision, int toRevision,
                      boolean nameOutput, DryRun dryRun) {
}
