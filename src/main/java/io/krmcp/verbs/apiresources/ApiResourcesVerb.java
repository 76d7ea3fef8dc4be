package io.krmcp.verbs.apiresources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.model.ResourceType;
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
    static final FlagSpec OUTPUT = FlagSpec.string("output", "wide: add VERBS and CATEGORIES; name: only "
            + "RESOURCE.GROUP").shorthand('o');
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec VERBS = FlagSpec.list("verbs", "only types that support all these verbs");
    static final FlagSpec CATEGORIES = FlagSpec.list("categories", "only types in all these categories");
    static final FlagSpec SORT_BY = FlagSpec.string("sort-by", "name or kind (default: group)");
    public static final VerbSpec SPEC = VerbSpec.reading("api-resources", "list the resource types the server serves",
            NAMESPACED, API_GROUP, OUTPUT, NO_HEADERS, VERBS, CATEGORIES, SORT_BY);

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx) throws VerbException {
        VerbException.requireNoArguments(command);
        String output = command.string(OUTPUT.name()).orElse("");
        if (!output.isEmpty() && !output.equals("name") && !output.equals("wide")) {
            throw VerbException.usage("error: --output " + output + " is not available in kubectl api-resources");
        }
        String sortBy = command.string(SORT_BY.name()).orElse("");
        if (!sortBy.isEmpty() && !sortBy.equals("name") && !sortBy.equals("kind")) {
            throw VerbException.usage("error: --sort-by accepts only name or kind");
        }
        List<ResourceType> types = new ArrayList<>(ctx.types().all(ctx.deadline().remaining()));
        boolean discovered = types.stream().anyMatch(t -> !t.verbs().isEmpty());
        List<String> verbs = command.list(VERBS.name());
        List<String> categories = command.list(CATEGORIES.name());
        if (!discovered && (output.equals("wide") || !verbs.isEmpty() || !categories.isEmpty())) {
            throw new VerbException("error: the server's discovery did not answer, so verbs and categories are "
                    + "unknown; without -o wide, --verbs and --categories the built-in types are listed");
        }
        if (discovered) {
            // kubectl leaves out what nothing can be done with (the built-ins merged in were not discovered)
            types.removeIf(t -> t.verbs().isEmpty());
        }
        types.removeIf(t -> !t.verbs().containsAll(verbs) || !t.categories().containsAll(categories));
        if (command.has(NAMESPACED.name())) {
            boolean namespaced = command.bool(NAMESPACED.name());
            types.removeIf(t -> t.namespaced() != namespaced);
        }
        if (command.has(API_GROUP.name())) {
            String group = command.string(API_GROUP.name()).orElse("");
            types.removeIf(t -> !t.group().equals(group));
        }
        types.sort(Comparator.comparing((ResourceType t) -> switch (sortBy) {
            case "name" -> t.plural();
            case "kind" -> t.kind();
            default -> t.group();
        }).thenComparing(ResourceType::plural));
        StringBuilder out = new StringBuilder();
        if (output.equals("name")) {
            types.forEach(t -> out.append(t.groupResource()).append('\n'));
            return new VerbResult(out.toString(), "", 0);
        }
        TabWriter table = new TabWriter();
        boolean wide = output.equals("wide");
        if (!command.bool(NO_HEADERS.name())) {
            List<String> header = new ArrayList<>(List.of("NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"));
            if (wide) {
                header.addAll(List.of("VERBS", "CATEGORIES"));
            }
            table.add(header);
        }
        for (ResourceType t : types) {
            List<String> row = new ArrayList<>(List.of(t.plural(), String.join(",", t.shortNames()), t.apiVersion(),
                    String.valueOf(t.namespaced()), t.kind()));
            if (wide) {
                row.addAll(List.of(String.join(",", t.verbs()), String.join(",", t.categories())));
            }
            table.add(row);
        }
        table.writeTo(out);
        return new VerbResult(out.toString(), "", 0);
    }
}
