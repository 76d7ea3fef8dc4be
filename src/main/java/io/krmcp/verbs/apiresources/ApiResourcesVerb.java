package io.krmcp.verbs.apiresources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.ResourceType;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.table.TabWriter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/**
 * {@code kubectl api-resources}: what the server serves (discovery), by group then name, with kubectl's columns;
 * {@code --namespaced}, {@code --api-group}, {@code -o name}.
 */
public final class ApiResourcesVerb implements Verb {

    static final FlagSpec NAMESPACED = FlagSpec.bool("namespaced", "true: namespaced types only; false: cluster-scoped")
            .defaultValue("");
    static final FlagSpec API_GROUP = FlagSpec.string("api-group", "only this group (\"\" is the core group)");
    static final FlagSpec OUTPUT = FlagSpec.string("output", "name: only RESOURCE.GROUP").shorthand('o');
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    public static final VerbSpec SPEC = VerbSpec.reading("api-resources", "list the resource types the server serves",
            NAMESPACED, API_GROUP, OUTPUT, NO_HEADERS);

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx) throws VerbException {
        if (!command.positionals().isEmpty()) {
            throw VerbException.usage("error: unexpected arguments: " + String.join(" ", command.positionals()));
        }
        String output = command.string(OUTPUT.name()).orElse("");
        if (!output.isEmpty() && !output.equals("name") && !output.equals("wide")) {
            throw VerbException.usage("error: --output " + output + " is not available in kubectl api-resources");
        }
        List<ResourceType> types = new ArrayList<>(ctx.types().all(ctx.deadline().remaining()));
        if (command.has(NAMESPACED.name())) {
            boolean namespaced = command.bool(NAMESPACED.name());
            types.removeIf(t -> t.namespaced() != namespaced);
        }
        if (command.has(API_GROUP.name())) {
            String group = command.string(API_GROUP.name()).orElse("");
            types.removeIf(t -> !t.group().equals(group));
        }
        types.sort(Comparator.comparing(ResourceType::group).thenComparing(ResourceType::plural));
        StringBuilder out = new StringBuilder();
        if (output.equals("name")) {
            types.forEach(t -> out.append(t.groupResource()).append('\n'));
            return new VerbResult(out.toString(), "", 0);
        }
        TabWriter table = new TabWriter();
        if (!command.bool(NO_HEADERS.name())) {
            table.add(List.of("NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"));
        }
        for (ResourceType t : types) {
            table.add(List.of(t.plural(), String.join(",", t.shortNames()), t.apiVersion(),
                    String.valueOf(t.namespaced()), t.kind()));
        }
        table.writeTo(out);
        return new VerbResult(out.toString(), "", 0);
    }
}
