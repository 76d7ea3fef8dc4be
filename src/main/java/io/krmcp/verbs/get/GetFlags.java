package io.krmcp.verbs.get;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.JsonPath;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.output.Sorting;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;

/** {@code kubectl get}'s flags and their validation into {@link GetOptions}. */
public final class GetFlags {

    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.HUMAN, PrinterFamily.DATA, PrinterFamily.NAME,
            PrinterFamily.TEMPLATE, PrinterFamily.CUSTOM_COLUMNS);
    static final FlagSpec OUTPUT = CommonFlags.output(PRINTING);
    static final FlagSpec SHOW_LABELS = FlagSpec.bool("show-labels", "append a LABELS column");
    static final FlagSpec LABEL_COLUMNS = FlagSpec.list("label-columns", "labels shown as columns").shorthand('L');
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec SHOW_KIND = FlagSpec.bool("show-kind", "prefix names with their kind");
    static final FlagSpec SORT_BY = FlagSpec.string("sort-by", "sort by a JSONPath, e.g. .metadata.creationTimestamp")
            .data();
    static final FlagSpec SHOW_MANAGED_FIELDS = FlagSpec.bool("show-managed-fields",
            "keep metadata.managedFields in -o json and -o yaml (left out by default, as kubectl does)");

    public static final VerbSpec SPEC = VerbSpec.reading("get", "display one or many resources", OUTPUT,
            CommonFlags.ALL_NAMESPACES, CommonFlags.SELECTOR, CommonFlags.FIELD_SELECTOR, SHOW_LABELS, LABEL_COLUMNS,
            NO_HEADERS, SHOW_KIND, CommonFlags.CHUNK_SIZE, CommonFlags.IGNORE_NOT_FOUND, SORT_BY, SHOW_MANAGED_FIELDS);

    private GetFlags() {
    }

    public static GetOptions toOptions(ParsedCommand cmd) throws VerbException {
        List<String> args = cmd.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage("You must specify the type of resource to get. Use \"kubectl api-resources\" "
                    + "for a complete list of supported resources.\n\nerror: Required resource not specified.");
        }
        Selection selection = Selection.of(cmd, args, Selection.Need.TYPES);
        Optional<Sorting> sortBy = Optional.empty();
        Optional<String> sortExpr = cmd.string(SORT_BY.name()).filter(s -> !s.isBlank());
        if (sortExpr.isPresent()) {
            try {
                sortBy = Optional.of(Sorting.by(sortExpr.get()));
            } catch (JsonPath.SyntaxError e) {
                throw VerbException.usage("error: error parsing jsonpath " + sortExpr.get().strip() + ", "
                        + e.getMessage());
            }
        }
        return new GetOptions(selection, CommonFlags.outputFormat(cmd, PRINTING), CommonFlags.namespace(cmd),
                cmd.bool(SHOW_LABELS.name()), cmd.list(LABEL_COLUMNS.name()), cmd.bool(NO_HEADERS.name()),
                cmd.bool(SHOW_KIND.name()), CommonFlags.chunkSize(cmd), cmd.bool(CommonFlags.IGNORE_NOT_FOUND.name()),
                sortBy, cmd.bool(SHOW_MANAGED_FIELDS.name()));
    }
}
