package io.krmcp.verbs.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.RequestRefusedException;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.OutputCap;
import io.krmcp.output.describe.Describer;
import io.krmcp.output.describe.DescriberRegistry;
import io.krmcp.output.describe.Related;
import io.krmcp.output.describe.RelatedQuery;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.Target;

/**
 * {@code kubectl describe}: each object by exact name or name prefix (as kubectl), or every object of a type or
 * selector, written by its kind's describer with the events about it.
 */
public final class DescribeVerb extends Verb<DescribeOptions> {

    public DescribeVerb() {
        super(DescribeFlags.SPEC, (command, warnings) -> DescribeFlags.toOptions(command));
    }

    @Override
    protected VerbResult run(DescribeOptions options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        DescriberRegistry describers = new DescriberRegistry();
        Descriptions out = new Descriptions(ctx.outputCap());
        StringBuilder errors = new StringBuilder();
        for (Target target : options.selection().targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            String ns = type.namespaced() && !options.selection().allNamespaces() ? namespace : null;
            if (out.full()) {
                out.stopIf(true, type);
                break;
            }
            Describer describer = describers.forKind(type.kind());
            boolean events = options.showEvents() && describers.showsEvents(type.kind());
            if (target.names().isEmpty()) {
                // page by page: once the cap is reached, no further page is fetched and no further events looked up
                boolean pagesLeft = ctx.api().pages(type.collectionPath(ns), options.selection().listQuery(),
                        KubeApi.ACCEPT_JSON, options.chunkSize(), ctx.deadline(), body -> {
                            JsonNode items = body.path("items");
                            for (int i = 0; i < items.size(); i++) {
                                describe(ctx, describer, type.withTypeMeta(items.get(i)), events, options, out);
                                if (out.full()) {
                                    out.stopIf(i + 1 < items.size(), type);
                                    return false;
                                }
                            }
                            return true;
                        });
                out.stopIf(pagesLeft, type);
            } else {
                List<JsonNode> objects = named(ctx, type, target.names(), ns, options, errors);
                for (int i = 0; i < objects.size() && !out.full(); i++) {
                    describe(ctx, describer, objects.get(i), events, options, out);
                    out.stopIf(out.full() && i + 1 < objects.size(), type);
                }
            }
        }
        if (out.sections.isEmpty() && errors.length() == 0) {
            return new VerbResult("", "No resources found in " + namespace + " namespace.\n", 0);
        }
        return new VerbResult(String.join("\n\n", out.sections), errors + out.stopped,
                errors.length() == 0 ? 0 : 1);
    }

    private static void describe(VerbContext ctx, Describer describer, JsonNode object, boolean withEvents,
                                 DescribeOptions options, Descriptions out) throws CallTimeoutException {
        List<JsonNode> events = withEvents ? eventsIfReadable(ctx, object) : null;
        Related related = related(ctx, describer.related(object), events, options.chunkSize());
        out.add(describer.describe(object, related, ctx.clock().instant()));
    }

    /** The descriptions so far; full once past the output cap, where describing more would only be cut away. */
    private static final class Descriptions {
        final List<String> sections = new ArrayList<>();
        final OutputCap cap;
        long length;
        String stopped = "";

        Descriptions(OutputCap cap) {
            this.cap = cap;
        }

        void add(String section) {
            sections.add(section);
            length += section.length() + 2;
        }

        boolean full() {
            return cap.reachedBy(length);
        }

        void stopIf(boolean objectsLeft, ResourceType type) {
            if (objectsLeft && stopped.isEmpty()) {
                stopped = cap.stoppedNote("describe", type.groupResource(), sections.size());
            }
        }
    }

    /** Exact names first; a name that is not found describes every object whose name starts with it. */
    private static List<JsonNode> named(VerbContext ctx, ResourceType type, List<String> names, String namespace,
                                        DescribeOptions options, StringBuilder errors)
            throws ApiException, CallTimeoutException {
        List<JsonNode> found = new ArrayList<>();
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
                    all = ctx.api().listAll(type.collectionPath(namespace), options.selection().listQuery(),
                            options.chunkSize(), ctx.deadline());
                }
                List<JsonNode> prefixed = all.stream().filter(o -> KubeObject.name(o).startsWith(name))
                        .map(type::withTypeMeta).toList();
                if (prefixed.isEmpty()) {
                    errors.append(type.notFound(name)).append('\n');
                }
                found.addAll(prefixed);
            }
        }
        return found;
    }

    /**
     * What the describer asked for besides the object. As kubectl, a related lookup that fails (forbidden, not
     * served) does not fail the describe: the describer prints the error or leaves the section out. A lookup the
     * API client's guard refuses (another namespace's quotas, the node's lease in kube-node-lease) is left out the
     * same way and counted, so the agent is told once that the answer is partial.
     */
    private static Related related(VerbContext ctx, List<RelatedQuery> queries, List<JsonNode> events, long chunkSize)
            throws CallTimeoutException {
        Map<String, List<JsonNode>> items = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (RelatedQuery q : queries) {
            try {
                items.put(q.key(), q.single()
                        ? List.of(ctx.api().get(q.path(), Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline()))
                        : ctx.api().listAll(q.path(), q.query(), (int) chunkSize, ctx.deadline()));
            } catch (ApiException e) {
                errors.put(q.key(), e.detail());
            } catch (RequestRefusedException e) {
                errors.put(q.key(), e.getMessage());
                ctx.deadline().withheld(1);
            }
        }
        return new Related(events, items, errors);
    }

    /**
     * As kubectl's describers ({@code events, _ = searchEvents(...)}): events that cannot be read (forbidden at the
     * cluster scope for a namespaced identity, or outside the allowed namespaces) leave the Events section out
     * rather than failing the describe.
     */
    private static List<JsonNode> eventsIfReadable(VerbContext ctx, JsonNode object) throws CallTimeoutException {
        try {
            return events(ctx, object);
        } catch (ApiException e) {
            return null;
        } catch (RequestRefusedException e) {
            ctx.deadline().withheld(1);
            return null;
        }
    }

    /**
     * The events about an object, as kubectl finds them: by involved object name, namespace and uid (sent as a
     * field selector, and checked here too since not every server applies it). A Node's events carry either its
     * uid or, from the kubelet, its name in place of the uid, so for nodes kubectl asks for both.
     */
    private static List<JsonNode> events(VerbContext ctx, JsonNode object) throws ApiException, CallTimeoutException {
        String name = KubeObject.name(object);
        String namespace = KubeObject.namespace(object);
        String uid = KubeObject.uid(object);
        boolean node = "Node".equals(Fields.text(object, "kind"));
        String path = KnownTypes.EVENTS.collectionPath(namespace.isEmpty() ? null : namespace);
        String selector = "involvedObject.name=" + name + (namespace.isEmpty() ? "" : ",involvedObject.namespace="
                + namespace) + (uid.isEmpty() || node ? "" : ",involvedObject.uid=" + uid);
        JsonNode list = ctx.api().get(path, Map.of("fieldSelector", selector), KubeApi.ACCEPT_JSON, ctx.deadline());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : list.path("items")) {
            JsonNode involved = e.path("involvedObject");
            String involvedUid = involved.path("uid").asText("");
            boolean sameName = name.equals(involved.path("name").asText());
            boolean sameUid = uid.isEmpty() || involvedUid.isEmpty() || uid.equals(involvedUid)
                    || (node && name.equals(involvedUid));
            if (sameName && sameUid) {
                out.add(e);
            }
        }
        return out;
    }
}
