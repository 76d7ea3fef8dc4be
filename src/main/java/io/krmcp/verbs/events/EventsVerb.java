package io.krmcp.verbs.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.DocumentPrinter;
import io.krmcp.output.JsonPrinter;
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
public final class EventsVerb extends Verb<EventsOptions> {

    public static final VerbSpec SPEC = EventsFlags.SPEC;

    private final DocumentPrinter documents;

    public EventsVerb(JsonPrinter json) {
        super(SPEC, (command, warnings) -> EventsFlags.toOptions(command));
        this.documents = new DocumentPrinter(json);
    }

    @Override
    protected VerbResult run(EventsOptions options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        Map<String, String> query = new LinkedHashMap<>();
        if (options.forObject().isPresent()) {
            query.put("fieldSelector", forSelector(options.forObject().get(), ctx));
        }
        boolean all = options.allNamespaces();
        String path = KnownTypes.EVENTS.collectionPath(all ? null : namespace);
        List<JsonNode> events = new ArrayList<>(ctx.api().listAll(path, query, options.chunkSize(),
                KubeApi.Answer.wholeIf(options.output().mayShowManagedFields(false)), ctx.deadline()));
        events.removeIf(e -> !options.types().isEmpty() && options.types().stream().noneMatch(t -> t.equalsIgnoreCase(
                Fields.text(e, "type"))));
        if (events.isEmpty()) {
            return new VerbResult("", all ? "No events found.\n" : "No events found in " + namespace
                    + " namespace.\n", 0);
        }
        events.sort(Comparator.comparing(EventTimes::lastObserved));
        return new VerbResult(print(events, options, ctx), "", 0);
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

    private String print(List<JsonNode> events, EventsOptions options, VerbContext ctx) {
        boolean all = options.allNamespaces();
        if (options.output().is("name")) {
            StringBuilder out = new StringBuilder();
            events.forEach(e -> out.append("event/").append(KubeObject.name(e)).append('\n'));
            return out.toString();
        }
        if (options.output().document()) {
            ObjectNode list = ctx.api().json().createObjectNode().put("apiVersion", "v1");
            var items = list.putArray("items");
            for (JsonNode e : events) {
                ObjectNode copy = ((ObjectNode) e).deepCopy().put("apiVersion", "v1").put("kind", "Event");
                items.add(copy);
            }
            list.put("kind", "EventList").putObject("metadata");
            return documents.print(options.output(), list, false);
        }
        TabWriter table = new TabWriter();
        if (!options.noHeaders()) {
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
