package io.krmcp.verbs.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.get.GetOptions;

/**
 * {@code kubectl rollout}: reads each object named (or selected), then hands it to the sub-verb; like kubectl, one
 * object's failure does not stop the others, and the errors are reported together.
 */
public final class RolloutVerb implements Verb {

    static final String STRATEGIC = "application/strategic-merge-patch+json";

    private static final Map<String, RolloutSubVerb> SUB_VERBS = Map.of(
            "status", new RolloutStatus(),
            "history", new RolloutHistory(),
            "undo", new RolloutUndo(),
            "restart", new RolloutRestart(),
            "pause", new RolloutPause(true),
            "resume", new RolloutPause(false));

    @Override
    public VerbSpec spec() {
        return RolloutFlags.SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        RolloutOptions options = RolloutFlags.toOptions(command, err);
        RolloutSubVerb sub = SUB_VERBS.get(options.subVerb());
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        int found = 0;
        for (GetOptions.Target target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() ? namespace : null;
            for (JsonNode object : objects(ctx, type, target, ns, options, err)) {
                found++;
                try {
                    out.append(sub.run(type, type.withTypeMeta(object), options, ctx));
                } catch (RolloutStatus.TimedOut e) {
                    out.append(e.printed);
                    err.append(e.getMessage()).append('\n');
                    failed = true;
                } catch (VerbException e) {
                    err.append(e.getMessage()).append('\n');
                    failed = true;
                } catch (ApiException e) {
                    err.append(e.getMessage()).append('\n');
                    failed = true;
                }
            }
        }
        if (found == 0 && err.length() == 0) {
            return new VerbResult("", "No resources found in " + namespace + " namespace.\n", 0);
        }
        return new VerbResult(out.toString(), err.toString(), failed || found == 0 ? 1 : 0);
    }

    /** The objects named (each read, as kubectl's builder does with {@code Latest()}), or those -l selects. */
    private static List<JsonNode> objects(VerbContext ctx, ResourceType type, GetOptions.Target target, String ns,
                                          RolloutOptions options, StringBuilder err)
            throws ApiException, CallTimeoutException {
        List<JsonNode> out = new ArrayList<>();
        if (target.names().isEmpty()) {
            ctx.api().get(type.collectionPath(ns), Map.of("labelSelector", options.selector().orElse("")),
                    KubeApi.ACCEPT_JSON, ctx.deadline()).path("items").forEach(out::add);
            return out;
        }
        for (String name : target.names()) {
            try {
                out.add(ctx.api().get(type.objectPath(ns, name), Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline()));
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                err.append(type.notFound(name)).append('\n');
            }
        }
        return out;
    }

    static Map<String, String> dryRunQuery(RolloutOptions options) {
        return options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All") : Map.of();
    }
}
