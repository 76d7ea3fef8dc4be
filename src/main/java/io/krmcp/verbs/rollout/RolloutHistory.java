package io.krmcp.verbs.rollout;

import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.output.describe.PodTemplateSection;
import io.krmcp.output.describe.PrefixWriter;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * {@code rollout history}: the revisions and their change causes, or with {@code --revision} that revision's pod
 * template, laid out exactly as kubectl prints them (the name line ends in a space; the template keeps its tabs).
 */
final class RolloutHistory implements RolloutSubVerb {

    private static final Set<String> KINDS = Set.of("Deployment", "DaemonSet", "StatefulSet");

    @Override
    public String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        if (!KINDS.contains(type.kind())) {
            throw new VerbException("error: no history viewer has been implemented for \"" + type.kind() + "\"");
        }
        TreeMap<Long, Revisions.Revision> revisions = Revisions.of(type, object, ctx);
        String name = type.kindPrefix() + "/" + KubeObject.name(object);
        if (revisions.isEmpty()) {
            return name + " \nNo rollout history found.\n";
        }
        if (options.revision() > 0) {
            Revisions.Revision r = revisions.get((long) options.revision());
            if (r == null) {
                throw new VerbException("error: unable to find the specified revision");
            }
            return name + " with revision #" + options.revision() + "\n" + PodTemplateSection.untabbed(r.template())
                    + "\n";
        }
        PrefixWriter table = new PrefixWriter();
        table.line("REVISION\tCHANGE-CAUSE");
        revisions.values().forEach(r -> table.line(r.number() + "\t" + r.changeCause()));
        return name + " \n" + table + "\n";
    }
}
