package io.krmcp.verbs.patch;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.MergePatch;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.JsonPrinter;
import io.krmcp.output.YamlPrinter;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.get.GetOptions;

/**
 * {@code kubectl patch}: reads each object, sends the patch with its type's content type (strategic by default, as
 * kubectl), and says {@code patched} or {@code patched (no change)} by comparing the object before and after.
 */
public final class PatchVerb implements Verb {

    @Override
    public VerbSpec spec() {
        return PatchFlags.SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        PatchOptions options = PatchFlags.toOptions(command, err);
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        for (GetOptions.Target target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() ? namespace : null;
            for (String name : target.names()) {
                String path = type.objectPath(ns, name) + options.subresource().map(s -> "/" + s).orElse("");
                try {
                    JsonNode before = ctx.api().get(path, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
                    JsonNode after = options.dryRun() == DryRun.CLIENT ? MergePatch.apply(before, options.patch())
                            : ctx.api().send("PATCH", path, options.dryRun() == DryRun.SERVER
                                    ? Map.of("dryRun", "All") : Map.of(), options.contentType(),
                                    options.patch().toString(), ctx.deadline());
                    out.append(print(ctx, type, name, after, changed(before, after), options));
                } catch (ApiException e) {
                    failed = true;
                    if (e.isNotFound()) {
                        err.append(type.notFound(name)).append('\n');
                    } else if (e.status() == 415) {
                        err.append("error: ").append(options.contentType()).append(" is not supported by ")
                                .append(type.kind()).append(": ").append(e.detail()).append('\n');
                    } else {
                        err.append(e.getMessage()).append('\n');
                    }
                }
            }
        }
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }

    /**
     * kubectl compares the objects before and after. A real server leaves an unchanged object's resourceVersion
     * alone; the fields it stamps on every write are left out so the answer does not depend on that.
     */
    static boolean changed(JsonNode before, JsonNode after) {
        return !comparable(before).equals(comparable(after));
    }

    private static JsonNode comparable(JsonNode object) {
        JsonNode copy = object.deepCopy();
        if (copy.path("metadata") instanceof ObjectNode metadata) {
            metadata.remove("resourceVersion");
            metadata.remove("managedFields");
            metadata.remove("generation");
        }
        return copy;
    }

    private static String print(VerbContext ctx, ResourceType type, String name, JsonNode object, boolean changed,
                                PatchOptions options) {
        return switch (options.output()) {
            case "name" -> type.kindPrefix() + "/" + name + "\n";
            case "json" -> new JsonPrinter(ctx.api().json()).print(object);
            case "yaml" -> new YamlPrinter().print(object);
            default -> type.kindPrefix() + "/" + name + (changed ? " patched" : " patched (no change)")
                    + options.dryRun().suffix() + "\n";
        };
    }
}
