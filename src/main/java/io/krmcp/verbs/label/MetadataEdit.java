package io.krmcp.verbs.label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.resource.Selection;
import io.krmcp.verbs.resource.Visit;

/**
 * What {@code kubectl label} and {@code kubectl annotate} share: {@code TYPE NAME... KEY=VALUE... KEY-...}, the
 * overwrite rule, and one merge patch of {@code metadata.labels} or {@code metadata.annotations} per object.
 */
abstract class MetadataEdit extends Verb<MetadataEdit.Options> {

    static final FlagSpec OVERWRITE = FlagSpec.bool("overwrite", "replace values that are already set");
    static final FlagSpec RESOURCE_VERSION = FlagSpec.string("resource-version",
            "only if the object is still at this resourceVersion");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.NAME);
    /** The flags label and annotate share, in their spec's order. */
    static final FlagSpec[] FLAGS = {OVERWRITE, CommonFlags.SELECTOR, CommonFlags.ALL, RESOURCE_VERSION,
        CommonFlags.output(PRINTING), DryRun.FLAG};

    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /** @param field {@code labels} or {@code annotations}; @param noun {@code label} or {@code annotation} */
    record Kind(String field, String noun, boolean checkValues) {
    }

    record Options(Selection selection, Map<String, String> add, List<String> remove, boolean overwrite,
                   Optional<String> resourceVersion,
                   Optional<String> namespace, boolean nameOutput, DryRun dryRun) {
    }

    private final Kind kind;

    MetadataEdit(VerbSpec spec, Kind kind) {
        super(spec, (command, warnings) -> options(command, kind, warnings));
        this.kind = kind;
    }

    /** kubectl's word for what happened to one object: {@code labeled}, {@code annotated}, ... */
    abstract String outcome(int added, int removed);

    static Options options(ParsedCommand cmd, Kind kind, StringBuilder warnings) throws VerbException {
        List<String> resources = new ArrayList<>();
        Map<String, String> add = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        for (String arg : cmd.positionals()) {
            boolean pair = arg.contains("=") || (arg.endsWith("-") && arg.length() > 1);
            if (!pair) {
                if (!add.isEmpty() || !remove.isEmpty()) {
                    throw VerbException.usage("error: all resources must be specified before " + kind.noun()
                            + " changes: " + arg);
                }
                resources.add(arg);
            } else if (arg.endsWith("-") && !arg.contains("=")) {
                String key = arg.substring(0, arg.length() - 1);
                checkKey(key, kind, arg);
                remove.add(key);
            } else {
                int eq = arg.indexOf('=');
                String key = arg.substring(0, eq);
                String value = arg.substring(eq + 1);
                checkKey(key, kind, arg);
                if (kind.checkValues() && !value.isEmpty() && (value.length() > 63
                        || !LABEL_NAME.matcher(value).matches())) {
                    throw VerbException.usage("error: invalid " + kind.noun() + " value: \"" + arg + "\": a valid "
                            + "label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
                            + "and must start and end with an alphanumeric character (at most 63)");
                }
                add.put(key, value);
            }
        }
        if (resources.isEmpty()) {
            throw VerbException.usage("error: one or more resources must be specified as <resource> <name> or "
                    + "<resource>/<name>");
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw VerbException.usage("error: at least one " + kind.noun() + " update is required");
        }
        for (String key : remove) {
            if (add.containsKey(key)) {
                throw VerbException.usage("error: can not both modify and remove " + (kind.noun().equals("label")
                        ? "a label in the same command" : "the following annotation(s) in the same command: " + key));
            }
        }
        Selection selection = Selection.of(cmd, resources, Selection.Need.NAMES_OR_SELECTOR);
        OutputFormat output = CommonFlags.outputFormat(cmd, PRINTING);
        return new Options(selection, add, remove, cmd.bool(OVERWRITE.name()),
                cmd.string(RESOURCE_VERSION.name()).filter(s -> !s.isEmpty()), CommonFlags.namespace(cmd),
                output.is("name"), DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }

    private static void checkKey(String key, Kind kind, String arg) throws VerbException {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        String prefix = slash < 0 ? "" : key.substring(0, slash);
        boolean ok = !name.isEmpty() && name.length() <= 63 && LABEL_NAME.matcher(name).matches()
                && (slash < 0 || (prefix.length() <= 253 && PREFIX.matcher(prefix).matches()));
        if (!ok) {
            throw VerbException.usage("error: invalid " + kind.noun() + " spec: " + arg + " (a key is NAME or "
                    + "PREFIX/NAME: alphanumerics, '-', '_', '.', at most 63, the prefix a DNS subdomain)");
        }
    }

    /** Reads, checks and patches each object; {@code message} words the result from what changed. */
    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder err)
            throws ApiException, CallTimeoutException, UnknownResourceTypeException, VerbException {
        if (options.resourceVersion().isPresent() && !options.selection().singleObject()) {
            throw VerbException.usage("error: --resource-version may only be used with a single resource");
        }
        return new ResourceVisitor(ctx, options.selection(), options.namespace().orElse(ctx.defaultNamespace()))
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(err, (object, out) -> edit(options, ctx, object, out))
                .result();
    }

    private void edit(Options options, VerbContext ctx, ResourceVisitor.Info object, Visit out)
            throws ApiException, CallTimeoutException, VerbException {
        JsonNode current = KubeObject.metadata(object.object()).path(kind.field());
        List<String> clashes = new ArrayList<>();
        int added = 0;
        int removed = 0;
        ObjectNode changes = ctx.api().json().createObjectNode();
        for (Map.Entry<String, String> e : options.add().entrySet()) {
            String was = current.hasNonNull(e.getKey()) ? current.path(e.getKey()).asText() : null;
            if (was != null && !was.equals(e.getValue()) && !options.overwrite()) {
                clashes.add("'" + e.getKey() + "' already has a value (" + was + "), and --overwrite is false");
            }
            if (!e.getValue().equals(was)) {
                changes.put(e.getKey(), e.getValue());
                added++;
            }
        }
        for (String key : options.remove()) {
            if (current.hasNonNull(key)) {
                changes.putNull(key);
                removed++;
            } else {
                out.print(kind.noun() + " \"" + key + "\" not found.\n");
            }
        }
        if (!clashes.isEmpty()) {
            throw new VerbException("error: " + String.join(", ", clashes));
        }
        if ((added > 0 || removed > 0) && options.dryRun() != DryRun.CLIENT) {
            ObjectNode patch = ctx.api().json().createObjectNode();
            ObjectNode metadata = patch.putObject("metadata");
            metadata.set(kind.field(), changes);
            options.resourceVersion().ifPresent(v -> metadata.put("resourceVersion", v));
            ctx.api().send("PATCH", object.type().objectPath(object.namespace(), object.name()),
                    options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All") : Map.of(),
                    "application/merge-patch+json", patch.toString(), ctx.deadline());
        }
        out.print(object.type().kindPrefix() + "/" + object.name() + (options.nameOutput() ? ""
                : " " + outcome(added, removed) + options.dryRun().suffix()) + "\n");
    }
}
