package io.krmcp.verbs.describe;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;

/** {@code kubectl describe}'s flags and their validation into {@link DescribeOptions}. */
public final class DescribeFlags {

    static final FlagSpec SHOW_EVENTS = FlagSpec.bool("show-events", "list the events about each object")
            .defaultValue("true");

    public static final VerbSpec SPEC = VerbSpec.reading("describe", "show details of resources",
            CommonFlags.SELECTOR, CommonFlags.ALL_NAMESPACES, SHOW_EVENTS, CommonFlags.CHUNK_SIZE);

    private DescribeFlags() {
    }

    public static DescribeOptions toOptions(ParsedCommand cmd) throws VerbException {
        if (cmd.positionals().isEmpty()) {
            throw VerbException.usage("You must specify the type of resource to describe. Use \"kubectl "
                    + "api-resources\" for a complete list of supported resources.\n\nerror: Required resource not "
                    + "specified.");
        }
        return new DescribeOptions(Selection.of(cmd, cmd.positionals(), Selection.Need.TYPES),
                CommonFlags.namespace(cmd), cmd.bool(SHOW_EVENTS.name()), CommonFlags.chunkSize(cmd));
    }
}
