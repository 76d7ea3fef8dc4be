package io.krmcp.verbs.label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.get.GetFlags;
import io.krmcp.verbs.get.GetOptions;

/**
 * What {@code kubectl label} and {@code kubectl annotate} share: {@code TYPE NAME... KEY=VALUE... KEY-...}, the
 * overwrite rule, and one merge patch of {@code metadata.labels} or {@code metadata.annotations} per object.
 */
final class MetadataEdit {

    static final FlagSpec OVERWRITE = FlagSpec.bool("overwrite", "replace values that are already set");
    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector, e.g. app=web").shorthand('l');
    static final FlagSpec ALL = FlagSpec.bool("all", "every object of the types in the namespace");
    static final FlagSpec RESOURCE_VERSION = FlagSpec.string("resource-version",
            "only if the object is still at this resourceVersion");
    static final FlagSpec OUTPUT = FlagSpec.string("output", "name: print only TYPE/NAME").shorthand('o');

    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /** @param field {@code labels} or {@code annotations}; @param noun {@code label} or {@code annotation} */
    record Kind(String field, String noun, boolean checkValues) {
    }

    record Options(List<GetOptions.Target> targets, Map<String, String> add, List<String> remove,
                   Optional<String> selector, boolean all, boolean overwrite, Optional<String> resourceVersion,
                   Optional<String> namespace, boolean nameOutput, DryRun dryRun) {
    }

    private MetadataEdit() {
    }

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
        List<GetOptions.Target> targets = GetFlags.targets(resources);
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        boolean all = cmd.bool(ALL.name());
        boolean named = targets.stream().anyMatch(t -> !t.names().isEmpty());
        if (all && selector.isPresent()) {
            throw VerbException.usage("error: cannot set --all and --selector at the same time");
        }
        if (named && (selector.isPresent() || all)) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (!named && !all && selector.isEmpty()) {
            throw VerbException.usage("error: resource(s) were provided, but no name was specified");
        }
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\"");
        }
        String output = cmd.string(OUTPUT.name()).orElse("");
        if (!output.isEmpty() && !output.equals("name")) {
            throw VerbException.usage("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: name");
        }
        return new Options(targets, add, remove, selector, all, cmd.bool(OVERWRITE.name()),
                cmd.string(RESOURCE_VERSION.name()).filter(s -> !s.isEmpty()), namespace, output.equals("name"),
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
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
    static VerbResult run(Kind kind, Options options, VerbContext ctx, StringBuilder err,
                          BiFunction<Integer, Integer, String> message)
            throws ApiException, CallTimeoutException, UnknownResourceTypeException, VerbException {
        if (options.resourceVersion().isPresent() && (options.targets().size() > 1
                || options.targets().get(0).names().size() != 1)) {
            throw VerbException.usage("error: --resource-version may only be used with a single resource");
        }
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        for (GetOptions.Target target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() ? namespace : null;
            List<JsonNode> objects = new ArrayList<>();
            if (target.names().isEmpty()) {
                Map<String, String> query = new LinkedHashMap<>();
                options.selector().ifPresent(s -> query.put("labelSelector", s));
                ctx.api().get(type.collectionPath(ns), query, KubeApi.ACCEPT_JSON, ctx.deadline()).path("items")
                        .forEach(objects::add);
            } else {
                for (String name : target.names()) {
                    try {
                        objects.add(ctx.api().get(type.objectPath(ns, name), Map.of(), KubeApi.ACCEPT_JSON,
                                ctx.deadline()));
                    } catch (ApiException e) {
                        if (!e.isNotFound()) {
                            throw e;
                        }
                        err.append(type.notFound(name)).append('\n');
                        failed = true;
                    }
                }
            }
            for (JsonNode object : objects) {
                String name = Fields.text(object, "metadata", "name");
                JsonNode current = object.path("metadata").path(kind.field());
                List<String> clashes = new ArrayList<>();
                int added = 0;
                int removed = 0;
                ObjectNode changes = ctx.api().json().createObjectNode();
                for (Map.Entry<String, String> e : options.add().entrySet()) {
                    String was = current.hasNonNull(e.getKey()) ? current.path(e.getKey()).asText() : null;
                    if (was != null && !was.equals(e.getValue()) && !options.overwrite()) {
                        clashes.add("'" + e.getKey() + "' already has a value (" + was + "), and --overwrite is "
                                + "false");
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
                        out.append(kind.noun()).append(" \"").append(key).append("\" not found.\n");
                    }
                }
                if (!clashes.isEmpty()) {
                    err.append("error: ").append(String.join(", ", clashes)).append('\n');
                    failed = true;
                    continue;
                }
                if ((added > 0 || removed > 0) && options.dryRun() != DryRun.CLIENT) {
                    ObjectNode patch = ctx.api().json().createObjectNode();
                    ObjectNode metadata = patch.putObject("metadata");
                    metadata.set(kind.field(), changes);
                    options.resourceVersion().ifPresent(v -> metadata.put("resourceVersion", v));
                    ctx.api().send("PATCH", type.objectPath(ns == null ? null : Fields.text(object, "metadata",
                            "namespace"), name), options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All")
                            : Map.of(), "application/merge-patch+json", patch.toString(), ctx.deadline());
                }
                out.append(type.kindPrefix()).append('/').append(name);
                if (!options.nameOutput()) {
                    out.append(' ').append(message.apply(added, removed)).append(options.dryRun().suffix());
                }
                out.append('\n');
            }
        }
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }
}
