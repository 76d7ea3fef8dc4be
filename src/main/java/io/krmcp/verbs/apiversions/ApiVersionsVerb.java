package io.krmcp.verbs.apiversions;

import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/** {@code kubectl api-versions}: every group/version the server serves (not only the preferred ones), sorted. */
public final class ApiVersionsVerb extends Verb<ApiVersionsVerb.Options> {

    public static final VerbSpec SPEC = VerbSpec.reading("api-versions", "list the group/versions the server serves");

    /** {@code api-versions} takes no arguments and no flags of its own: its options are empty. */
    record Options() {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        VerbException.requireNoArguments(command);
        return new Options();
    }

    public ApiVersionsVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException {
        TreeSet<String> versions = new TreeSet<>();
        ctx.api().get(ApiDiscovery.CORE_VERSIONS, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline()).path("versions")
                .forEach(v -> versions.add(v.asText()));
        JsonNode groups = ctx.api().get(ApiDiscovery.GROUPS, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        for (JsonNode group : groups.path("groups")) {
            group.path("versions").forEach(v -> versions.add(v.path("groupVersion").asText()));
        }
        versions.remove("");
        StringBuilder out = new StringBuilder();
        versions.forEach(v -> out.append(v).append('\n'));
        return new VerbResult(out.toString(), "", 0);
    }
}
