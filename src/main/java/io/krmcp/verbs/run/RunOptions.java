package io.krmcp.verbs.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.krmcp.verbs.DryRun;

/**
 * A validated {@code kubectl run}.
 *
 * @param attach wait for the pod to finish and print its logs ({@code --rm}, {@code --attach}, {@code -i})
 */
record RunOptions(String name, String image, List<String> command, boolean asCommand, Map<String, String> env,
                  Map<String, String> labels, int port, String restartPolicy, boolean rm, boolean attach,
                  Optional<String> namespace, DryRun dryRun) {
}
