package io.krmcp.kube.model;

import java.util.List;

/**
 * The types every conformant cluster serves, so the common commands need no discovery round trip. Anything else
 * (CRDs, aggregated APIs) is found through {@link ResourceDiscovery}.
 */
final class BuiltinResourceTypes {

    private BuiltinResourceTypes() {
    }

    static final List<ResourceType> ALL = List.of(
            ns("pods", "Pod", "", "v1", "po"),
            ns("services", "Service", "", "v1", "svc"),
            cluster("namespaces", "Namespace", "", "v1", "ns"),
            cluster("nodes", "Node", "", "v1", "no"),
            ns("events", "Event", "", "v1", "ev"),
            ns("configmaps", "ConfigMap", "", "v1", "cm"),
            ns("secrets", "Secret", "", "v1"),
            ns("serviceaccounts", "ServiceAccount", "", "v1", "sa"),
            ns("persistentvolumeclaims", "PersistentVolumeClaim", "", "v1", "pvc"),
            cluster("persistentvolumes", "PersistentVolume", "", "v1", "pv"),
            ns("endpoints", "Endpoints", "", "v1", "ep"),
            ns("replicationcontrollers", "ReplicationController", "", "v1", "rc"),
            ns("limitranges", "LimitRange", "", "v1", "limits"),
            ns("resourcequotas", "ResourceQuota", "", "v1", "quota"),
            ns("podtemplates", "PodTemplate", "", "v1"),
            cluster("componentstatuses", "ComponentStatus", "", "v1", "cs"),
            ns("deployments", "Deployment", "apps", "v1", "deploy"),
            ns("replicasets", "ReplicaSet", "apps", "v1", "rs"),
            ns("statefulsets", "StatefulSet", "apps", "v1", "sts"),
            ns("daemonsets", "DaemonSet", "apps", "v1", "ds"),
            ns("controllerrevisions", "ControllerRevision", "apps", "v1"),
            ns("jobs", "Job", "batch", "v1"),
            ns("cronjobs", "CronJob", "batch", "v1", "cj"),
            ns("ingresses", "Ingress", "networking.k8s.io", "v1", "ing"),
            ns("networkpolicies", "NetworkPolicy", "networking.k8s.io", "v1", "netpol"),
            cluster("ingressclasses", "IngressClass", "networking.k8s.io", "v1"),
            ns("horizontalpodautoscalers", "HorizontalPodAutoscaler", "autoscaling", "v2", "hpa"),
            ns("poddisruptionbudgets", "PodDisruptionBudget", "policy", "v1", "pdb"),
            ns("roles", "Role", "rbac.authorization.k8s.io", "v1"),
            ns("rolebindings", "RoleBinding", "rbac.authorization.k8s.io", "v1"),
            cluster("clusterroles", "ClusterRole", "rbac.authorization.k8s.io", "v1"),
            cluster("clusterrolebindings", "ClusterRoleBinding", "rbac.authorization.k8s.io", "v1"),
            cluster("storageclasses", "StorageClass", "storage.k8s.io", "v1", "sc"),
            cluster("csidrivers", "CSIDriver", "storage.k8s.io", "v1"),
            cluster("csinodes", "CSINode", "storage.k8s.io", "v1"),
            cluster("volumeattachments", "VolumeAttachment", "storage.k8s.io", "v1"),
            cluster("customresourcedefinitions", "CustomResourceDefinition", "apiextensions.k8s.io", "v1",
                    "crd", "crds"),
            ns("endpointslices", "EndpointSlice", "discovery.k8s.io", "v1"),
            ns("leases", "Lease", "coordination.k8s.io", "v1"),
            cluster("priorityclasses", "PriorityClass", "scheduling.k8s.io", "v1", "pc"),
            cluster("validatingwebhookconfigurations", "ValidatingWebhookConfiguration",
                    "admissionregistration.k8s.io", "v1"),
            cluster("mutatingwebhookconfigurations", "MutatingWebhookConfiguration",
                    "admissionregistration.k8s.io", "v1"),
            cluster("certificatesigningrequests", "CertificateSigningRequest", "certificates.k8s.io", "v1", "csr"));

    private static ResourceType ns(String plural, String kind, String group, String version, String... shortNames) {
        return new ResourceType(plural, null, List.of(shortNames), kind, group, version, true);
    }

    private static ResourceType cluster(String plural, String kind, String group, String version,
                                        String... shortNames) {
        return new ResourceType(plural, null, List.of(shortNames), kind, group, version, false);
    }
}
