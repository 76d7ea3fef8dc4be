package io.krmcp.verbs.logs;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GoDuration;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;

/** {@code kubectl logs}'s flags and their validation into {@link LogsOptions}, with kubectl's messages. */
public final class LogsFlags {

    static final FlagSpec CONTAINER = FlagSpec.string("container", "container to read").shorthand('c');
    static final FlagSpec ALL_CONTAINERS = FlagSpec.bool("all-containers", "read every container of the pod");
    static final FlagSpec PREFIX = FlagSpec.bool("prefix", "prefix each line with [pod/NAME/CONTAINER]");
    static final FlagSpec MAX_LOG_REQUESTS = FlagSpec.integer("max-log-requests", "5",
            "accepted for compatibility; only limits follow mode, which is refused");
    static final FlagSpec TAIL = FlagSpec.integer("tail", "-1", "lines from the end; -1 all (10 with -l)");
    static final FlagSpec SINCE = FlagSpec.duration("since", null, "only newer lines, e.g. 5m or 1h");
    static final FlagSpec SINCE_TIME = FlagSpec.string("since-time", "only lines after an RFC3339 time");
    static final FlagSpec PREVIOUS = FlagSpec.bool("previous", "the previous, terminated container").shorthand('p');
    static final FlagSpec TIMESTAMPS = FlagSpec.bool("timestamps", "prefix each line with its RFC3339 time");
    static final FlagSpec LIMIT_BYTES = FlagSpec.integer("limit-bytes", "0", "most bytes to return; 0 no limit");
    static final FlagSpec FOLLOW = FlagSpec.bool("follow", "refused: a tool call returns one snapshot")
            .shorthand('f');

    public static final VerbSpec SPEC = VerbSpec.reading("logs", "print the logs of a container", CONTAINER,
            ALL_CONTAINERS, CommonFlags.SELECTOR, PREFIX, MAX_LOG_REQUESTS, TAIL, SINCE, SINCE_TIME, PREVIOUS, TIMESTAMPS,
            LIMIT_BYTES, FOLLOW);

    private static final String USAGE = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
            + "POD or TYPE/NAME is a required argument for the logs command";

    private LogsFlags() {
    }

    public static LogsOptions toOptions(ParsedCommand cmd) throws VerbException {
        if (cmd.bool(FOLLOW.name())) {
            throw VerbException.usage("error: -f/--follow is not supported: a tool call returns one snapshot and "
                    + "never streams. Use --since=5m or --tail=100 for the recent lines, and call again for more.");
        }
        Optional<String> selector = CommonFlags.selector(cmd);
        List<String> args = cmd.positionals();
        if (selector.isPresent() && !args.isEmpty()) {
            throw VerbException.usage("error: only a selector (-l) or a POD name is allowed");
        }
        if (selector.isEmpty() && args.isEmpty()) {
            throw VerbException.usage(USAGE);
        }
        if (args.size() > 2) {
            throw VerbException.usage(USAGE);
        }
        Optional<String> container = cmd.string(CONTAINER.name()).filter(s -> !s.isEmpty());
        if (container.isEmpty() && args.size() == 2) {
            container = Optional.of(args.get(1));
        }
        boolean all = cmd.bool(ALL_CONTAINERS.name());
        if (all && container.isPresent()) {
            throw VerbException.usage("error: --all-containers=true should not be specified with container name "
                    + container.get());
        }
        if (container.isPresent() && !KubeNames.isName(container.get())) {
            throw VerbException.usage("error: invalid container name \"" + container.get() + "\"");
        }
        Optional<String> target = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
        int tail = cmd.integer(TAIL.name()).orElse(-1);
        if (tail < -1) {
            throw VerbException.usage("error: --tail must be greater than or equal to -1");
        }
        if (tail == -1 && selector.isPresent() && !cmd.has(TAIL.name())) {
            tail = 10;
        }
        long limitBytes = cmd.integer(LIMIT_BYTES.name()).orElse(0);
        if (limitBytes < 0) {
            throw VerbException.usage("error: --limit-bytes must be greater than 0");
        }
        Optional<Duration> since = cmd.string(SINCE.name()).filter(s -> !s.isEmpty()).map(GoDuration::parse);
        Optional<String> sinceTime = cmd.string(SINCE_TIME.name()).filter(s -> !s.isEmpty());
        if (since.isPresent() && sinceTime.isPresent()) {
            throw VerbException.usage("error: at most one of `sinceTime` or `sinceSeconds` may be specified");
        }
        if (since.isPresent() && since.get().isZero()) {
            throw VerbException.usage("error: --since must be greater than 0");
        }
        if (sinceTime.isPresent()) {
            try {
                Instant.parse(sinceTime.get());
            } catch (DateTimeParseException e) {
                throw VerbException.usage("error: --since-time must be an RFC3339 time such as "
                        + "2026-01-15T10:00:00Z, not \"" + sinceTime.get() + "\"");
            }
        }
        Optional<String> namespace = CommonFlags.namespace(cmd);
        return new LogsOptions(target, selector, container, all, cmd.bool(PREFIX.name()), tail, since, sinceTime,
                cmd.bool(PREVIOUS.name()), cmd.bool(TIMESTAMPS.name()), limitBytes, namespace);
    }
}
