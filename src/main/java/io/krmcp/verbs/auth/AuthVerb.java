package io.krmcp.verbs.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl auth can-i VERB TYPE[/NAME] [NAME]} through a SelfSubjectAccessReview ({@code yes}, exit 0;
 * {@code no}, exit 1, as kubectl), and {@code --list} through a SelfSubjectRulesReview: how an agent learns what
 * the server's ServiceAccount may do. Impersonation ({@code --as}) stays refused like every identity flag.
 */
public final class AuthVerb extends Verb<AuthVerb.Options> {

    static final FlagSpec LIST = FlagSpec.bool("list", "every rule the identity has in the namespace");
    static final FlagSpec SUBRESOURCE = FlagSpec.string("subresource", "e.g. log, scale, status");
    public static final VerbSpec SPEC = VerbSpec.reading("auth", "auth can-i: may this server's identity do it?",
            LIST, CommonFlags.ALL_NAMESPACES, SUBRESOURCE);

    /**
     * A validated {@code auth can-i}: either {@code --list}, or a verb on a non-resource path or on a type (its
     * token, resolved when run) with an optional name and subresource.
     */
    record Options(boolean list, String verb, String target, Optional<String> name, Optional<String> subresource,
                   boolean allNamespaces, Optional<String> namespace) {

        boolean nonResource() {
            return target.startsWith("/");
        }
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        List<String> args = command.positionals();
        if (args.isEmpty() || !args.get(0).equals("can-i")) {
            throw VerbException.usage("error: only \"auth can-i\" is supported: auth can-i VERB TYPE [NAME], or "
                    + "auth can-i --list");
        }
        Optional<String> namespace = CommonFlags.namespace(command);
        boolean all = command.bool(CommonFlags.ALL_NAMESPACES.name());
        Optional<String> subresource = command.string(SUBRESOURCE.name()).filter(s -> !s.isEmpty());
        if (command.bool(LIST.name())) {
            return new Options(true, "", "", Optional.empty(), subresource, all, namespace);
        }
        if (args.size() < 3) {
            throw VerbException.usage("error: you must specify two arguments: verb resource or verb "
                    + "resource/resourceName.");
        }
        String target = args.get(2);
        Optional<String> name = args.size() > 3 ? Optional.of(args.get(3)) : Optional.empty();
        int slash = target.indexOf('/');
        if (slash > 0) {
            name = Optional.of(target.substring(slash + 1));
            target = target.substring(0, slash);
        }
        return new Options(false, args.get(1), target, name, subresource, all, namespace);
    }

    public AuthVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        if (options.list()) {
            return list(ctx, namespace);
        }
        if (options.nonResource()) {
            ObjectNode review = review(ctx);
            review.with("spec").putObject("nonResourceAttributes").put("verb", options.verb())
                    .put("path", options.target());
            return answer(ctx, review);
        }
        ResourceType type = ctx.types().resolve(options.target(), ctx.deadline().remaining());
        ObjectNode attributes = ctx.api().json().createObjectNode();
        attributes.put("verb", options.verb());
        attributes.put("group", type.group());
        attributes.put("resource", type.plural());
        options.subresource().ifPresent(s -> attributes.put("subresource", s));
        options.name().ifPresent(n -> attributes.put("name", n));
        if (type.namespaced() && !options.allNamespaces()) {
            attributes.put("namespace", namespace);
        }
        ObjectNode review = review(ctx);
        review.with("spec").set("resourceAttributes", attributes);
        return answer(ctx, review);
    }

    private static ObjectNode review(VerbContext ctx) {
        ObjectNode review = ctx.api().json().createObjectNode();
        review.put("apiVersion", "authorization.k8s.io/v1");
        review.put("kind", "SelfSubjectAccessReview");
        review.putObject("spec");
        return review;
    }

    private static VerbResult answer(VerbContext ctx, ObjectNode review) throws ApiException, CallTimeoutException {
        JsonNode answer = ctx.api().send("POST", KnownTypes.SELF_SUBJECT_ACCESS_REVIEWS.collectionPath(null), Map.of(),
                KubeApi.ACCEPT_JSON, review.toString(), ctx.deadline());
        boolean allowed = answer.path("status").path("allowed").asBoolean(false);
        return new VerbResult(allowed ? "yes\n" : "no\n", "", allowed ? 0 : 1);
    }

    /** kubectl's {@code --list} table: Resources, Non-Resource URLs, Resource Names, Verbs. */
    private static VerbResult list(VerbContext ctx, String namespace) throws ApiException, CallTimeoutException {
        ObjectNode review = ctx.api().json().createObjectNode();
        review.put("apiVersion", "authorization.k8s.io/v1");
        review.put("kind", "SelfSubjectRulesReview");
        review.putObject("spec").put("namespace", namespace);
        JsonNode status = ctx.api().send("POST", KnownTypes.SELF_SUBJECT_RULES_REVIEWS.collectionPath(null), Map.of(),
                KubeApi.ACCEPT_JSON, review.toString(), ctx.deadline()).path("status");
        String warning = status.path("incomplete").asBoolean(false) ? "Warning: the list may be incomplete: "
                + status.path("evaluationError").asText("") + "\n" : "";
        return new VerbResult(RulesTable.render(status), warning, 0);
    }

}
