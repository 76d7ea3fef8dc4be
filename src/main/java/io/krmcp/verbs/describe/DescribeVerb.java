package io.krmcp.verbs.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.ResourceType;
import io.krmcp.command.UnknownResourceTypeException;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.output.describe.DescriberRegistry;
import io.krmcp.output.table.Fields;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/**
 * {@code kubectl describe}: each object by exact name or name prefix (as kubectl), or every object of a type or
 * selector, written by its kind's describer with the events about it.
 */
public final class DescribeVerb implements Verb {

    @Override
    public VerbSpec spec() {
        return DescribeFlags.SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        DescribeOptions options = DescribeFlags.toOptions(command);
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        DescriberRegistry describers = new DescriberRegistry(ctx.redactSecrets());
        List<String> sections = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (var target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() && !options.allNamespaces() ? namespace : null;
            for (JsonNode object : objects(ctx, type, target.names(), ns, options, errors)) {
                List<JsonNode> events = options.showEvents() && describers.showsEvents(type.kind())
                        ? events(ctx, object) : null;
                sections.add(describers.forKind(type.kind()).describe(object, events, ctx.clock().instant()));
            }
        }
        if (sections.isEmpty() && errors.length() == 0) {
            return new VerbResult("", "No resources found in " + namespace + " namespace.\n", 0);
        }
        return new VerbResult(String.join("\n\n", sections), errors.toString(), errors.length() == 0 ? 0 : 1);
    }

    /** Exact names first; a name that is not found describes every object whose name starts with it. */
    private static List<JsonNode> objects(VerbContext ctx, ResourceType type, List<String> names, String namespace,
                                          DescribeOptions options, StringBuilder errors)
            throws ApiException, CallTimeoutException {
        List<JsonNode> found = new ArrayList<>();
        if (names.isEmpty()) {
            return list(ctx, type, namespace, options);
        }
        List<JsonNode> all = null;
        for (String name : names) {
            try {
                found.add(type.withTypeMeta(ctx.api().get(type.objectPath(namespace, name), Map.of(),
                        KubeApi.ACCEPT_JSON, ctx.deadline())));
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                if (all == null) {
                    all = list(ctx, type, namespace, options);
                }
                List<JsonNode> prefixed = all.stream()
                        .filter(o -> Fields.text(o, "metadata", "name").startsWith(name)).toList();
                if (prefixed.isEmpty()) {
                    errors.append("Error from server (NotFound): ").append(type.groupResource()).append(" \"")
                            .append(name).append("\" not found\n");
                }
                found.addAll(prefixed);
            }
        }
        return found;
    }

    private static List<JsonNode> list(VerbContext ctx, ResourceType type, String namespace, DescribeOptions options)
            throws ApiException, CallTimeoutException {
        List<JsonNode> out = new ArrayList<>();
        String continueToken = "";
        do {
            Map<String, String> query = new LinkedHashMap<>();
            options.selector().ifPresent(s -> query.put("labelSelector", s));
            if (options.chunkSize() > 0) {
                query.put("limit", String.valueOf(options.chunkSize()));
            }
            if (!continueToken.isEmpty()) {
                query.put("continue", continueToken);
            }
            JsonNode body = ctx.api().get(type.collectionPath(namespace), query, KubeApi.ACCEPT_JSON, ctx.deadline());
            body.path("items").forEach(item -> out.add(type.withTypeMeta(item)));
            continueToken = body.path("metadata").path("continue").asText("");
        } while (!continueToken.isEmpty() && options.chunkSize() > 0);
        return out;
    }


    /**
     * The events about an object, as kubectl finds them: by involved object name, namespace and uid (sent as a
     * field selector, and checked here too since not every server applies it).
     */
    private static List<JsonNode> events(VerbContext ctx, JsonNode object) throws ApiException, CallTimeoutException {
        String name = Fields.text(object, "metadata", "name");
        String namespace = Fields.text(object, "metadata", "namespace");
        String uid = Fields.text(object, "metadata", "uid");
        String path = namespace.isEmpty() ? "/api/v1/events" : "/api/v1/namespaces/" + namespace + "/events";
        String selector = "involvedObject.name=" + name + (namespace.isEmpty() ? "" : ",involvedObject.namespace="
                + namespace) + (uid.isEmpty() ? "" : ",involvedObject.uid=" + uid);
        JsonNode list = ctx.api().get(path, Map.of("fieldSelector", selector), KubeApi.ACCEPT_JSON, ctx.deadline());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : list.path("items")) {
            JsonNode involved = e.path("involvedObject");
            boolean sameName = name.equals(involved.path("name").asText());
            boolean sameUid = uid.isEmpty() || involved.path("uid").asText("").isEmpty()
                    || uid.equals(involved.path("uid").asText());
            if (sameName && sameUid) {
                out.add(e);
            }
        }
        return out;
    }
}
