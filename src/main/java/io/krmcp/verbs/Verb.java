package io.krmcp.verbs;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;

/**
 * One kubectl verb: its grammar and its run. Implementations read their options from the parsed command (the
 * {@code <Verb>Flags} class), validate them with kubectl's usage messages, then act through {@link VerbContext}.
 */
public interface Verb {

    VerbSpec spec();

    /**
     * Runs the command. API failures, the deadline and unknown types propagate as their own exceptions; the
     * runner turns each into kubectl's wording, so verbs do not repeat that mapping.
     */
    VerbResult run(ParsedCommand command, VerbContext context) throws VerbException, ApiException,
            CallTimeoutException, UnknownResourceTypeException;
}
