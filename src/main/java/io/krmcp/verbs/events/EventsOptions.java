package io.krmcp.verbs.events;

import java.util.Optional;
import java.util.Set;

import io.krmcp.output.OutputFormat;

/** A validated {@code kubectl events}. */
record EventsOptions(boolean allNamespaces, Optional<String> namespace, Optional<String> forObject, Set<String> types,
                     boolean noHeaders, OutputFormat output, int chunkSize) {
}
