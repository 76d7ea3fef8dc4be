package io.krmcp.verbs.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.verbs.VerbContext;

/**
 * The nodes a node verb ({@code cordon}, {@code uncordon}, {@code taint}) acts on: those named, each read (a missing
 * one is reported in kubectl's words and the others still served), or, with no names, those the selector lists.
 */
public record NodeTargets(List<JsonNode> nodes, boolean someMissing) {

    public static final ResourceType NODES = ResourceTypes.builtin("nodes").orElseThrow();

    /** Node names as kubectl takes them: {@code n1 n2}, {@code node n1}, {@code nodes n1}, {@code node/n1}. */
    public static List<String> names(List<String> positionals) {
        List<String> names = new ArrayList<>(positionals);
        if (!names.isEmpty() && (names.get(0).equals("node") || names.get(0).equals("nodes"))) {
            names.remove(0);
        }
        names.replaceAll(n -> n.startsWith("node/") ? n.substring(5) : n);
        return names;
    }

    public static NodeTargets find(VerbContext ctx, List<String> names, Optional<String> selector, StringBuilder err)
            throws ApiException, CallTimeoutException {
        List<JsonNode> found = new ArrayList<>();
        if (names.isEmpty()) {
            ctx.api().get(NODES.collectionPath(null), selector.map(s -> Map.of("labelSelector", s)).orElse(Map.of()),
                    KubeApi.ACCEPT_JSON, ctx.deadline()).path("items").forEach(found::add);
            return new NodeTargets(found, false);
        }
        boolean missing = false;
        for (String name : names) {
            try {
                found.add(ctx.api().get(NODES.objectPath(null, name), Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline()));
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                err.append(NODES.notFound(name)).append('\n');
                missing = true;
            }
        }
        return new NodeTargets(found, missing);
    }
}
