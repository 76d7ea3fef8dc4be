package io.krmcp.verbs.apiresources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.output.table.TabWriter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl api-resources}: what the server serves (discovery), by group then name, with kubectl's columns;
 * {@code --namespaced}, {@code --api-group}, {@code -o name}.
 */
public final class ApiResourcesVerb extends Verb<ApiResourcesVerb.Options> {

    static final FlagSpec NAMESPACED = FlagSpec.bool("namespaced", "true: namespaced types only; false: cluster-scoped")
            .defaultValue("");
    static final FlagSpec API_GROUP = FlagSpec.string("api-group", "only this group (\"\" is the core group)");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.HUMAN, PrinterFamily.NAME)
            .refusing(format -> "error: --output " + format + " is not available in kubectl api-resources");
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec VERBS = FlagSpec.list("verbs", "only types that support all these verbs");
    static final FlagSpec CATEGORIES = FlagSpec.list("categories", "only types in all these categories");
    static final FlagSpec SORT_BY = FlagSpec.string("sort-by", "name or kind (default: group)");
    public static final VerbSpec SPEC = VerbSpec.reading("api-resources", "list the resource types the server serves",
            NAMESPACED, API_GROUP, CommonFlags.output(PRINTING), NO_HEADERS, VERBS, CATEGORIES, SORT_BY);

    /**
     * A validated {@code kubectl api-resources}; a filter left empty is not applied.
     *
     * @param namespaced only namespaced (true) or cluster-scoped (false) types
     * @param sortBy name, kind, or empty for the group order
     */
    record Options(OutputFormat output, Optional<Boolean> namespaced, Optional<String> apiGroup, List<String> verbs,
                   List<String> categories, String sortBy, boolean noHeaders) {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        VerbException.requireNoArguments(command);
        OutputFormat output = CommonFlags.outputFormat(command, PRINTING);
        String sortBy = command.string(SORT_BY.name()).orElse("");
        if (!sortBy.isEmpty() && !sortBy.equals("name") && !sortBy.equals("kind")) {
            throw VerbException.usage("error: --sort-by accepts only name or kind");
        }
        return new Options(output, command.has(NAMESPACED.name()) ? Optional.of(command.bool(NAMESPACED.name()))
                : Optional.empty(), command.has(API_GROUP.name()) ? Optional.of(command.string(API_GROUP.name())
                .orElse("")) : Optional.empty(), command.list(VERBS.name()), command.list(CATEGORIES.name()), sortBy,
                command.bool(NO_HEADERS.name()));
    }

    public ApiResourcesVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings) throws VerbException {
        boolean wide = options.output().is("wide");
        List<ResourceType> types = new ArrayList<>(ctx.types().all(ctx.deadline().remaining()));
        boolean discovered = types.stream().anyMatch(t -> !t.verbs().isEmpty());
        List<String> verbs = options.verbs();
        List<String> categories = options.categories();
        if (!discovered && (wide || !verbs.isEmpty() || !categories.isEmpty())) {
            throw new VerbException("error: the server's discovery did not answer, so verbs and categories are "
                    + "unknown; without -o wide, --verbs and --categories the built-in types are listed");
        }
        if (discovered) {
            // kubectl leaves out what nothing can be done with (the built-ins merged in were not discovered)
            types.removeIf(t -> t.verbs().isEmpty());
        }
        types.removeIf(t -> !t.verbs().containsAll(verbs) || !t.categories().containsAll(categories));
        options.namespaced().ifPresent(namespaced -> types.removeIf(t -> t.namespaced() != namespaced));
        options.apiGroup().ifPresent(group -> types.removeIf(t -> !t.group().equals(group)));
        types.sort(Comparator.comparing((ResourceType t) -> switch (options.sortBy()) {
            case "name" -> t.plural();
            case "kind" -> t.kind();
            default -> t.group();
        }).thenComparing(ResourceType::plural));
        StringBuilder out = new StringBuilder();
        if (options.output().is("name")) {
            types.forEach(t -> out.append(t.groupResource()).append('\n'));
            return new VerbResult(out.toString(), "", 0);
        }
        TabWriter table = new TabWriter();
        if (!options.noHeaders()) {
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
