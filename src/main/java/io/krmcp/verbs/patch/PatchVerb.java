package io.krmcp.verbs.patch;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.MergePatch;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.DocumentPrinter;
import io.krmcp.output.JsonPrinter;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.ResourceVisitor;

/**
 * {@code kubectl patch}: reads each object, sends the patch with its type's content type (strategic by default, as
 * kubectl), and says {@code patched} or {@code patched (no change)} by comparing the object before and after.
 */
public final class PatchVerb extends Verb<PatchOptions> {

    private final DocumentPrinter documents;

    public PatchVerb(JsonPrinter json) {
        super(PatchFlags.SPEC, PatchFlags::toOptions);
        this.documents = new DocumentPrinter(json);
    }

    @Override
    protected VerbResult run(PatchOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        return new ResourceVisitor(ctx, options.selection(), options.namespace().orElse(ctx.defaultNamespace()))
                .visit(err, (object, out) -> out.print(patch(ctx, object, options)))
                .result();
    }

    private String patch(VerbContext ctx, ResourceVisitor.Info object, PatchOptions options)
            throws ApiException, CallTimeoutException, VerbException {
        String path = object.type().objectPath(object.namespace(), object.name())
                + options.subresource().map(s -> "/" + s).orElse("");
        JsonNode before = ctx.api().get(path, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        JsonNode after;
        try {
            after = options.dryRun() == DryRun.CLIENT ? MergePatch.apply(before, options.patch())
                    : ctx.api().send("PATCH", path, options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All")
                    : Map.of(), options.contentType(), options.patch().toString(), ctx.deadline());
        } catch (ApiException e) {
            if (e.status() != 415) {
                throw e;
            }
            throw new VerbException("error: " + options.contentType() + " is not supported by "
                    + object.type().kind() + ": " + e.detail());
        }
        if (options.output().document()) {
            return documents.print(options.output(), after, false);
        }
        return object.type().kindPrefix() + "/" + object.name() + (options.output().is("name") ? ""
                : (changed(before, after) ? " patched" : " patched (no change)") + options.dryRun().suffix()) + "\n";
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
}
