package io.krmcp.verbs;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;

/**
 * One kubectl verb: its grammar and its run. Implementations read their options from the parsed command (the
 * {@code <Verb>Flags} class), validate them with kubectl's usage messages, then act through {@link VerbContext}.
 */
public interface Verb {

    VerbSpec spec();

    VerbResult run(ParsedCommand command, VerbContext context) throws VerbException;
}
