package io.krmcp.verbs.patch;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.get.GetOptions;

/**
 * A validated {@code kubectl patch}.
 *
 * @param type {@code json}, {@code merge} or {@code strategic}
 * @param patch the parsed patch, sent as JSON
 */
record PatchOptions(List<GetOptions.Target> targets, Optional<String> namespace, String type, JsonNode patch,
                    Optional<String> subresource, String output, DryRun dryRun) {

    String contentType() {
        return PatchFlags.CONTENT_TYPES.get(type);
    }
}
