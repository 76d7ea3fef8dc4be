package io.krmcp.verbs;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;

/**
 * One kubectl verb, as kubectl's {@code pkg/cmd} builds each: its flags ({@link VerbSpec}), the step that reads and
 * validates them into the verb's options with kubectl's usage messages, and the act on those options. The runner
 * calls {@link #run(ParsedCommand, VerbContext)}; a verb writes only its options reader and its act.
 *
 * @param <O> the verb's validated options
 */
public abstract class Verb<O> {

    /** The Flags → Options step; what kubectl would warn about while reading goes to {@code warnings}. */
    @FunctionalInterface
    public interface OptionsReader<O> {
        O read(ParsedCommand command, StringBuilder warnings) throws VerbException;
    }

    private final VerbSpec spec;
    private final OptionsReader<O> reader;

    protected Verb(VerbSpec spec, OptionsReader<O> reader) {
        this.spec = spec;
        this.reader = reader;
    }

    public final VerbSpec spec() {
        return spec;
    }

    /**
     * Reads the options, then acts. API failures, the deadline and unknown types propagate as their own exceptions;
     * the runner turns each into kubectl's wording, so verbs do not repeat that mapping.
     */
    public final VerbResult run(ParsedCommand command, VerbContext context) throws VerbException, ApiException,
            CallTimeoutException, UnknownResourceTypeException {
        StringBuilder warnings = new StringBuilder();
        return run(reader.read(command, warnings), context, warnings);
    }

    /** The act: what the verb does with its validated options; {@code warnings} holds what reading them said. */
    protected abstract VerbResult run(O options, VerbContext context, StringBuilder warnings) throws VerbException,
            ApiException, CallTimeoutException, UnknownResourceTypeException;
}
