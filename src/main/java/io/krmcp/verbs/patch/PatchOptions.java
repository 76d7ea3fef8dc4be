package io.krmcp.verbs.patch;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.OutputFormat;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/**
 * A validated {@code kubectl patch}.
 *
 * @param type {@code json}, {@code merge} or {@code strategic}
 * @param patch the parsed patch, sent as JSON
 */
record PatchOptions(Selection selection, Optional<String> namespace, String type, JsonNode patch,
                    Optional<String> subresource, OutputFormat output, DryRun dryRun) {

    String contentType() {
        return PatchFlags.CONTENT_TYPES.get(type);
    }
}
