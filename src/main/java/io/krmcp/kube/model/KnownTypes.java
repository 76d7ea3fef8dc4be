package io.krmcp.kube.model;

import java.util.List;

/**
 * The types this server's own requests address (a verb's lookups, a describer's related objects, the reviews it
 * posts), so every URL is built by its type and none by hand.
 */
public final class KnownTypes {

    public static final ResourceType PODS = builtin("pods");
    public static final ResourceType NODES = builtin("nodes");
    public static final ResourceType SERVICES = builtin("services");
    public static final ResourceType EVENTS = builtin("events");
    public static final ResourceType RESOURCE_QUOTAS = builtin("resourcequotas");
    public static final ResourceType LIMIT_RANGES = builtin("limitranges");
    public static final ResourceType REPLICA_SETS = builtin("replicasets");
    public static final ResourceType DAEMON_SETS = builtin("daemonsets");
    public static final ResourceType CONTROLLER_REVISIONS = builtin("controllerrevisions");
    public static final ResourceType ENDPOINT_SLICES = builtin("endpointslices");
    public static final ResourceType LEASES = builtin("leases");

    /** Created, never listed: the access reviews {@code auth can-i} posts. */
    public static final ResourceType SELF_SUBJECT_ACCESS_REVIEWS = review("selfsubjectaccessreviews",
            "SelfSubjectAccessReview", "authorization.k8s.io");
    public static final ResourceType SELF_SUBJECT_RULES_REVIEWS = review("selfsubjectrulesreviews",
            "SelfSubjectRulesReview", "authorization.k8s.io");
    /** Who the server takes the caller to be ({@code whoami}). */
    public static final ResourceType SELF_SUBJECT_REVIEWS = review("selfsubjectreviews", "SelfSubjectReview",
            "authentication.k8s.io");
    public static final ResourceType TOKEN_REVIEWS = review("tokenreviews", "TokenReview", "authentication.k8s.io");

    private KnownTypes() {
    }

    private static ResourceType builtin(String plural) {
        return ResourceTypes.builtin(plural).orElseThrow();
    }

    private static ResourceType review(String plural, String kind, String group) {
        return new ResourceType(plural, "", List.of(), kind, group, "v1", false);
    }
}
