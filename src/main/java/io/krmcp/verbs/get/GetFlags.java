package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.JsonPath;
import io.krmcp.verbs.VerbException;

/** {@code kubectl get}'s flags and their validation into {@link GetOptions}. */
public final class GetFlags {

    static final FlagSpec OUTPUT = FlagSpec.string("output",
            "output format: wide, yaml, json, name, jsonpath=TEMPLATE, jsonpath-as-json=TEMPLATE, custom-columns=SPEC")
            .shorthand('o').dataWhen(OutputFormat::isTemplate);
    static final FlagSpec ALL_NAMESPACES = FlagSpec.bool("all-namespaces", "list across all namespaces").shorthand('A');
    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector, e.g. app=web,tier!=db").shorthand('l');
    static final FlagSpec FIELD_SELECTOR = FlagSpec.string("field-selector", "field selector, e.g. status.phase=Running");
    static final FlagSpec SHOW_LABELS = FlagSpec.bool("show-labels", "append a LABELS column");
    static final FlagSpec LABEL_COLUMNS = FlagSpec.list("label-columns", "labels shown as columns").shorthand('L');
    static final FlagSpec NO_HEADERS = FlagSpec.bool("no-headers", "omit the header line");
    static final FlagSpec SHOW_KIND = FlagSpec.bool("show-kind", "prefix names with their kind");
    static final FlagSpec CHUNK_SIZE = FlagSpec.integer("chunk-size", "500", "objects fetched per page; 0 disables paging");
    static final FlagSpec SORT_BY = FlagSpec.string("sort-by", "sort by a JSONPath, e.g. .metadata.creationTimestamp")
            .data();
    static final FlagSpec IGNORE_NOT_FOUND = FlagSpec.bool("ignore-not-found", "treat missing objects as success");
    static final FlagSpec SHOW_MANAGED_FIELDS = FlagSpec.bool("show-managed-fields",
            "keep metadata.managedFields in -o json and -o yaml (left out by default, as kubectl does)");

    public static final VerbSpec SPEC = VerbSpec.reading("get", "display one or many resources", OUTPUT,
            ALL_NAMESPACES, SELECTOR, FIELD_SELECTOR, SHOW_LABELS, LABEL_COLUMNS, NO_HEADERS, SHOW_KIND, CHUNK_SIZE,
            IGNORE_NOT_FOUND, SORT_BY, SHOW_MANAGED_FIELDS);


    /** kubectl's {@code get all}: the category of common workload types. */
    static final List<String> ALL_CATEGORY = List.of("pods", "services", "daemonsets", "deployments", "replicasets",
            "statefulsets", "replicationcontrollers", "horizontalpodautoscalers", "cronjobs", "jobs");

    private GetFlags() {
    }

    /** kubectl's resource builder when a write verb is given nothing to act on. */
    public static final String NO_RESOURCES = "error: You must provide one or more resources by argument or "
            + "filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
            + "   '<resource> <name>'\n   '<resource>'";

    /** kubectl's resource builder refuses names with {@code -A}; a name is only unique within a namespace. */
    public static final String NAME_ACROSS_NAMESPACES =
            "error: a resource cannot be retrieved by name across all namespaces";

    public static GetOptions toOptions(ParsedCommand cmd) throws VerbException {
        List<String> args = cmd.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage("You must specify the type of resource to get. Use \"kubectl api-resources\" "
                    + "for a complete list of supported resources.\n\nerror: Required resource not specified.");
        }
        OutputFormat output = OutputFormat.parse(cmd.string(OUTPUT.name()).orElse(""));
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        if (selector.isPresent()) {
            LabelSelectorSyntax.check(selector.get());
        }
        List<GetOptions.Target> targets = targets(args);
        boolean named = targets.stream().anyMatch(t -> !t.names().isEmpty());
        if (named && selector.isPresent()) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (named && cmd.bool(ALL_NAMESPACES.name())) {
            throw VerbException.usage(NAME_ACROSS_NAMESPACES);
        }
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\": must be "
                    + KubeNames.namespaceRule());
        }
        int chunk = cmd.integer(CHUNK_SIZE.name()).orElse(500);
        if (chunk < 0) {
            throw VerbException.usage("error: --chunk-size must be 0 (no paging) or a positive number");
        }
        List<String> labelColumns = cmd.list(LABEL_COLUMNS.name());
        Optional<JsonPath> sortBy = Optional.empty();
        Optional<String> sortExpr = cmd.string(SORT_BY.name()).filter(s -> !s.isBlank());
        if (sortExpr.isPresent()) {
            String expr = sortExpr.get().strip();
            try {
                sortBy = Optional.of(JsonPath.parse(expr.startsWith("{") ? expr : "{" + expr + "}"));
            } catch (JsonPath.SyntaxError e) {
                throw VerbException.usage("error: error parsing jsonpath " + expr + ", " + e.getMessage());
            }
        }
        return new GetOptions(targets, output, selector, cmd.string(FIELD_SELECTOR.name()).filter(s -> !s.isEmpty()),
                cmd.bool(ALL_NAMESPACES.name()), namespace, cmd.bool(SHOW_LABELS.name()), labelColumns,
                cmd.bool(NO_HEADERS.name()), cmd.bool(SHOW_KIND.name()), chunk, cmd.bool(IGNORE_NOT_FOUND.name()),
                sortBy, cmd.bool(SHOW_MANAGED_FIELDS.name()));
    }

    /** {@code TYPE[,TYPE] [NAME...]} or {@code TYPE/NAME...}, never mixed, as kubectl's resource builder accepts. */
    public static List<GetOptions.Target> targets(List<String> args) throws VerbException {
        List<GetOptions.Target> targets = new ArrayList<>();
        if (args.get(0).contains("/")) {
            for (String arg : args) {
                int slash = arg.indexOf('/');
                if (slash <= 0 || slash == arg.length() - 1) {
                    throw VerbException.usage("error: there is no need to specify a resource type as a separate "
                            + "argument when passing arguments in resource/name form (e.g. 'kubectl get "
                            + "resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
                }
                String type = checkType(arg.substring(0, slash));
                String name = checkName(arg.substring(slash + 1));
                targets.add(new GetOptions.Target(type, List.of(name)));
            }
            return targets;
        }
        List<String> names = new ArrayList<>();
        for (String name : args.subList(1, args.size())) {
            if (name.contains("/")) {
                throw VerbException.usage("error: there is no need to specify a resource type as a separate argument"
                        + " when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>'"
                        + " instead of 'kubectl get resource resource/<resource_name>'");
            }
            names.add(checkName(name));
        }
        for (String type : args.get(0).split(",")) {
            if (type.isEmpty()) {
                continue;
            }
            if (type.equals("all")) {
                for (String member : ALL_CATEGORY) {
                    targets.add(new GetOptions.Target(member, names));
                }
                continue;
            }
            targets.add(new GetOptions.Target(checkType(type), names));
        }
        return targets;
    }

    private static String checkType(String type) throws VerbException {
        if (!KubeNames.isTypeToken(type)) {
            throw VerbException.usage("error: invalid resource type \"" + type
                    + "\": use a name such as pods, deploy or deployments.apps");
        }
        return type;
    }

    private static String checkName(String name) throws VerbException {
        if (!KubeNames.isName(name)) {
            throw VerbException.usage("error: invalid resource name \"" + name + "\": must be " + KubeNames.nameRule());
        }
        return name;
    }
}
