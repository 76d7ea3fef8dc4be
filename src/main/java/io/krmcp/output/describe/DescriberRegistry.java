package io.krmcp.output.describe;

import java.util.Map;
import java.util.Set;

/**
 * Which describer writes which kind: one line per kubectl describer. Kinds without a dedicated layout get
 * kubectl's generic describer, so {@code describe} works for every type (Events included: kubectl has no
 * dedicated Event describer either).
 */
public final class DescriberRegistry {

    private final Map<String, Describer> byKind = Map.ofEntries(
            Map.entry("Pod", new PodDescriber()),
            Map.entry("Secret", new SecretDescriber()),
            Map.entry("ConfigMap", new ConfigMapDescriber()),
            Map.entry("Deployment", new DeploymentDescriber()),
            Map.entry("ReplicaSet", new ReplicaSetDescriber()),
            Map.entry("StatefulSet", new StatefulSetDescriber()),
            Map.entry("DaemonSet", new DaemonSetDescriber()),
            Map.entry("Job", new JobDescriber()),
            Map.entry("CronJob", new CronJobDescriber()),
            Map.entry("Service", new ServiceDescriber()),
            Map.entry("Node", new NodeDescriber()),
            Map.entry("Namespace", new NamespaceDescriber()),
            Map.entry("PersistentVolumeClaim", new PersistentVolumeClaimDescriber()),
            Map.entry("PersistentVolume", new PersistentVolumeDescriber()),
            Map.entry("Ingress", new IngressDescriber()),
            Map.entry("HorizontalPodAutoscaler", new HorizontalPodAutoscalerDescriber()),
            Map.entry("ServiceAccount", new ServiceAccountDescriber()),
            Map.entry("Role", new RoleDescriber()),
            Map.entry("ClusterRole", new RoleDescriber()),
            Map.entry("RoleBinding", new RoleBindingDescriber()),
            Map.entry("ClusterRoleBinding", new RoleBindingDescriber()),
            Map.entry("PodDisruptionBudget", new PodDisruptionBudgetDescriber()),
            Map.entry("ResourceQuota", new ResourceQuotaDescriber()),
            Map.entry("LimitRange", new LimitRangeDescriber()),
            Map.entry("PriorityClass", new PriorityClassDescriber()),
            Map.entry("StorageClass", new StorageClassDescriber()),
            Map.entry("Endpoints", new EndpointsDescriber()),
            Map.entry("EndpointSlice", new EndpointSliceDescriber()),
            Map.entry("NetworkPolicy", new NetworkPolicyDescriber()),
            Map.entry("IngressClass", new IngressClassDescriber()),
            Map.entry("ReplicationController", new ReplicationControllerDescriber()));

    /** Kinds whose kubectl describer prints no events. */
    private static final Set<String> NO_EVENTS = Set.of("Secret", "Namespace", "Role",
            "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ResourceQuota", "LimitRange", "NetworkPolicy");
    private final Describer generic = new GenericDescriber();

    public Describer forKind(String kind) {
        return byKind.getOrDefault(kind, generic);
    }

    /** Whether kubectl's describer for the kind lists events. */
    public boolean showsEvents(String kind) {
        return !NO_EVENTS.contains(kind);
    }
}
