package io.krmcp.verbs.events;

import java.util.Set;
import java.util.TreeSet;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;

/** {@code kubectl events}' flags and their validation into {@link EventsOptions}. */
final class EventsFlags {

    static final FlagSpec FOR = FlagSpec.string("for", "only events about this object: TYPE/NAME");
    static final FlagSpec TYPES = FlagSpec.list("types", "only these event types: Normal, Warning");
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.DATA, PrinterFamily.NAME);
    static final VerbSpec SPEC = VerbSpec.reading("events", "list events, oldest first", CommonFlags.ALL_NAMESPACES,
            FOR, TYPES, NO_HEADERS, CommonFlags.output(PRINTING), CommonFlags.CHUNK_SIZE);

    private EventsFlags() {
    }

    static EventsOptions toOptions(ParsedCommand command) throws VerbException {
        if (!command.positionals().isEmpty()) {
            throw VerbException.usage("error: unexpected arguments: " + String.join(" ", command.positionals())
                    + " (name the object with --for TYPE/NAME)");
        }
        Set<String> types = new TreeSet<>(command.list(TYPES.name()));
        for (String t : types) {
            if (!t.equalsIgnoreCase("Normal") && !t.equalsIgnoreCase("Warning")) {
                throw VerbException.usage("error: valid --types are Normal or Warning");
            }
        }
        return new EventsOptions(command.bool(CommonFlags.ALL_NAMESPACES.name()), CommonFlags.namespace(command),
                command.string(FOR.name()).filter(s -> !s.isEmpty()), types, command.bool(NO_HEADERS.name()),
                CommonFlags.outputFormat(command, PRINTING), CommonFlags.chunkSize(command));
    }
}
