package io.krmcp.verbs.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * kubectl's resource builder and visitor for the verbs that act on objects: resolves every type first (an unknown
 * type fails the call before anything is changed), then hands each object to the verb's action: the names given,
 * or what the selector or {@code --all} lists, page by page. One object's failure is reported and the others are
 * still acted on.
 */
public final class ResourceVisitor {

    /** What the visitor reads of a named object before the action: nothing, or the whole object. */
    public enum Read {
        /** the action works by name (a DELETE, a PATCH of the scale subresource) */
        NAME,
        /** the action needs the object ({@code label} compares values, {@code rollout} reads the template) */
        OBJECT
    }

    /** One object to act on; {@code object} is null when the visitor did not read it. */
    public record Info(ResourceType type, String namespace, String name, JsonNode object) {
    }

    /** A check of each type before any object is touched (scale accepts only scalable types). */
    @FunctionalInterface
    public interface TypeCheck {
        void check(ResourceType type) throws VerbException;
    }

    @FunctionalInterface
    public interface Action {
        void act(Info info, Visit visit) throws ApiException, VerbException, CallTimeoutException;
    }

    private final VerbContext ctx;
    private final Selection selection;
    private final String namespace;
    private Read read = Read.NAME;
    private TypeCheck typeCheck = type -> { };
    private int chunkSize = 500;

    /** @param namespace the namespace in effect ({@code -n} or the default) */
    public ResourceVisitor(VerbContext ctx, Selection selection, String namespace) {
        this.ctx = ctx;
        this.selection = selection;
        this.namespace = namespace;
    }

    public ResourceVisitor reading(Read read) {
        this.read = read;
        return this;
    }

    public ResourceVisitor checking(TypeCheck typeCheck) {
        this.typeCheck = typeCheck;
        return this;
    }

    public ResourceVisitor chunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
        return this;
    }

    /** @param warnings what the verb already has to say on stderr; the visit's errors follow */
    public Visit visit(StringBuilder warnings, Action action)
            throws ApiException, CallTimeoutException, UnknownResourceTypeException, VerbException {
        List<ResourceType> types = new ArrayList<>();
        for (Target target : selection.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            typeCheck.check(type);
            types.add(type);
        }
        Visit visit = new Visit(warnings);
        for (int i = 0; i < types.size(); i++) {
            ResourceType type = types.get(i);
            String ns = type.namespaced() ? namespace : null;
            List<String> names = selection.targets().get(i).names();
            if (names.isEmpty()) {
                each(type, listed(type, ns, visit), visit, action);
                continue;
            }
            List<Info> infos = new ArrayList<>();
            for (String name : names) {
                if (read == Read.NAME) {
                    infos.add(new Info(type, ns, name, null));
                    continue;
                }
                try {
                    JsonNode object = ctx.api().get(type.objectPath(ns, name), Map.of(), KubeApi.ACCEPT_JSON,
                            ctx.deadline());
                    infos.add(new Info(type, ns, name, object));
                } catch (ApiException e) {
                    visit.fail(wording(type, name, e));
                }
            }
            each(type, infos, visit, action);
        }
        return visit;
    }

    /** What the selection lists of one type, every page; a failed list is that type's error, not the call's. */
    private List<Info> listed(ResourceType type, String ns, Visit visit) throws CallTimeoutException {
        List<Info> infos = new ArrayList<>();
        String path = type.collectionPath(selection.allNamespaces() ? null : ns);
        try {
            for (JsonNode item : ctx.api().listAll(path, selection.listQuery(), chunkSize, ctx.deadline())) {
                String itemNs = KubeObject.namespace(item);
                infos.add(new Info(type, itemNs.isEmpty() ? null : itemNs, KubeObject.name(item), item));
            }
        } catch (ApiException e) {
            visit.fail(e.getMessage());
        }
        return infos;
    }

    private static void each(ResourceType type, List<Info> infos, Visit visit, Action action)
            throws CallTimeoutException {
        for (Info info : infos) {
            visit.counted();
            try {
                action.act(info, visit);
            } catch (ApiException e) {
                visit.fail(wording(type, info.name(), e));
            } catch (VerbException e) {
                visit.fail(e.getMessage());
            }
        }
    }

    /** What a real API server says; some servers (and the test mock) send a 404 without a Status. */
    private static String wording(ResourceType type, String name, ApiException e) {
        return e.isNotFound() ? type.notFound(name) : e.getMessage();
    }
}
