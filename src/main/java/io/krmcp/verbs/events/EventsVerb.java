package io.krmcp.verbs.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.JsonPrinter;
import io.krmcp.output.YamlPrinter;
import io.krmcp.output.table.EventTimes;
import io.krmcp.output.table.TabWriter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/**
 * {@code kubectl events}: the namespace's (or with {@code -A} every) event, {@code --for TYPE/NAME} as kubectl's
 * involvedObject field selector, {@code --types} filtered here, oldest first by the time last observed.
 * {@code --watch} is not offered: every call returns once.
 */
public final class EventsVerb implements Verb {

    static final FlagSpec ALL_NAMESPACES = FlagSpec.bool("all-namespaces", "events of every namespace").shorthand('A');
    static final FlagSpec FOR = FlagSpec.string("for", "only events about this object: TYPE/NAME");
    static final FlagSpec TYPES = FlagSpec.list("types", "only these event types: Normal, Warning");
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec OUTPUT = FlagSpec.string("output", "yaml, json or name").shorthand('o');
    static final FlagSpec CHUNK_SIZE = FlagSpec.integer("chunk-size", "500", "events per API page");
    public static final VerbSpec SPEC = VerbSpec.reading("events", "list events, oldest first", ALL_NAMESPACES, FOR,
            TYPES, NO_HEADERS, OUTPUT, CHUNK_SIZE);

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        if (!command.positionals().isEmpty()) {
            throw VerbException.usage("error: unexpected arguments: " + String.join(" ", command.positionals())
                    + " (name the object with --for TYPE/NAME)");
        }
        String output = command.string(OUTPUT.name()).orElse("");
        if (!List.of("", "yaml", "json", "name").contains(output)) {
            throw VerbException.usage("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: json,name,yaml");
        }
        TreeSet<String> types = new TreeSet<>(command.list(TYPES.name()));
        for (String t : types) {
            if (!t.equalsIgnoreCase("Normal") && !t.equalsIgnoreCase("Warning")) {
                throw VerbException.usage("error: valid --types are Normal or Warning");
            }
        }
        boolean all = command.bool(ALL_NAMESPACES.name());
        String namespace = command.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty())
                .orElse(ctx.defaultNamespace());
        Map<String, String> query = new LinkedHashMap<>();
        String forObject = command.string(FOR.name()).orElse("");
        if (!forObject.isEmpty()) {
            query.put("fieldSelector", forSelector(forObject, ctx));
        }
        int chunk = command.integer(CHUNK_SIZE.name()).orElse(500);
        String path = "/api/v1" + (all ? "" : "/namespaces/" + namespace) + "/events";
        List<JsonNode> events = new ArrayList<>(ctx.api().listAll(path, query, chunk, ctx.deadline()));
        events.removeIf(e -> !types.isEmpty() && types.stream().noneMatch(t -> t.equalsIgnoreCase(
                Fields.text(e, "type"))));
        if (events.isEmpty()) {
            return new VerbResult("", all ? "No events found.\n" : "No events found in " + namespace
                    + " namespace.\n", 0);
        }
        events.sort(Comparator.comparing(EventTimes::lastObserved));
        return new VerbResult(print(events, output, all, command.bool(NO_HEADERS.name()), ctx), "", 0);
    }

    /** kubectl's {@code involvedObject} selector: kind, apiVersion and name of the resolved type. */
    private static String forSelector(String forObject, VerbContext ctx)
            throws VerbException, UnknownResourceTypeException {
        String[] parts = forObject.split("/", -1);
        if (parts.length > 2) {
            throw VerbException.usage("error: arguments in resource/name form may not have more than one slash");
        }
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw VerbException.usage("error: --for must be in resource/name form");
        }
        ResourceType type = ctx.types().resolve(parts[0].toLowerCase(Locale.ROOT), ctx.deadline().remaining());
        return "involvedObject.kind=" + type.kind() + ",involvedObject.apiVersion=" + type.apiVersion()
                + ",involvedObject.name=" + parts[1];
    }

    private static String print(List<JsonNode> events, String output, boolean all, boolean noHeaders,
                                VerbContext ctx) {
        if (output.equals("name")) {
            StringBuilder out = new StringBuilder();
            events.forEach(e -> out.append("event/").append(KubeObject.name(e)).append('\n'));
            return out.toString();
        }
        if (!output.isEmpty()) {
            ObjectNode list = ctx.api().json().createObjectNode().put("apiVersion", "v1");
            var items = list.putArray("items");
            for (JsonNode e : events) {
                ObjectNode copy = ((ObjectNode) e).deepCopy().put("apiVersion", "v1").put("kind", "Event");
                items.add(copy);
            }
            list.put("kind", "EventList").putObject("metadata");
            return output.equals("json") ? new JsonPrinter(ctx.api().json()).print(list)
                    : new YamlPrinter().print(list);
        }
        TabWriter table = new TabWriter();
        if (!noHeaders) {
            List<String> header = new ArrayList<>(List.of("LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"));
            if (all) {
                header.add(0, "NAMESPACE");
            }
            table.add(header);
        }
        Instant now = ctx.clock().instant();
        for (JsonNode e : events) {
            List<String> row = new ArrayList<>(List.of(EventTimes.interval(e, now), Fields.text(e, "type"),
                    Fields.text(e, "reason"), Fields.text(e, "involvedObject", "kind") + "/"
                            + Fields.text(e, "involvedObject", "name"), Fields.text(e, "message").strip()));
            if (all) {
                row.add(0, KubeObject.namespace(e));
            }
            table.add(row);
        }
        StringBuilder out = new StringBuilder();
        table.writeTo(out);
        return out.toString();
    }
}
