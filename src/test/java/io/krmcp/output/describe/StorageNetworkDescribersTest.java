package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.krmcp.Golden;

/** PersistentVolumeClaim, PersistentVolume, Ingress and HorizontalPodAutoscaler layouts. */
class StorageNetworkDescribersTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void claimListsThePodsThatMountIt() {
        JsonNode pvc = Objects.yaml("""
                metadata:
                  name: data-db-0
                  namespace: data
                  finalizers: [kubernetes.io/pvc-protection]
                  annotations:
                    pv.kubernetes.io/bind-completed: "yes"
                spec:
                  storageClassName: standard
                  volumeName: pvc-0a1b
                  volumeMode: Filesystem
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 10Gi}}
                status:
                  phase: Bound
                  accessModes: [ReadWriteOnce]
                  capacity: {storage: 10Gi}
                """);
        JsonNode user = Objects.yaml("""
                metadata: {name: db-0, uid: p1}
                spec: {volumes: [{name: data, persistentVolumeClaim: {claimName: data-db-0}}]}
                """);
        JsonNode other = Objects.yaml("""
                metadata: {name: web, uid: p2}
                spec: {volumes: [{name: tmp, emptyDir: {}}]}
                """);
        String out = new PersistentVolumeClaimDescriber().describe(pvc,
                new Related(List.of(), Map.of("pods", List.of(other, user)), Map.of()), NOW);
        Golden.assertMatches("describe/pvc", out);
        assertTrue(out.contains("Used By:       db-0\n"), out);
        assertTrue(out.contains("Access Modes:  RWO\n"), out);
    }

    @Test
    void volumeShowsClaimAffinityAndSource() {
        JsonNode pv = Objects.yaml("""
                metadata:
                  name: pvc-0a1b
                  finalizers: [kubernetes.io/pv-protection]
                spec:
                  storageClassName: standard
                  capacity: {storage: 10Gi}
                  accessModes: [ReadWriteMany, ReadWriteOnce]
                  persistentVolumeReclaimPolicy: Delete
                  volumeMode: Filesystem
                  claimRef: {namespace: data, name: data-db-0}
                  nodeAffinity:
                    required:
                      nodeSelectorTerms:
                      - matchExpressions:
                        - {key: kubernetes.io/hostname, operator: In, values: [node-a, node-b]}
                  csi:
                    driver: ebs.csi.aws.com
                    fsType: ext4
                    volumeHandle: vol-0abc
                    volumeAttributes: {storage.kubernetes.io/csiProvisionerIdentity: "1700000000000-1234"}
                status:
                  phase: Bound
                """);
        String out = new PersistentVolumeDescriber().describe(pv, Related.eventsOnly(List.of()), NOW);
        Golden.assertMatches("describe/pv", out);
        assertTrue(out.contains("Access Modes:      RWO,RWX\n"), out);
        assertTrue(out.contains("Term 0:        kubernetes.io/hostname in [node-a, node-b]\n"), out);
    }

    @Test
    void ingressResolvesEachBackendsEndpoints() {
        JsonNode ing = Objects.yaml("""
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  tls:
                  - hosts: [shop.example.com]
                    secretName: shop-tls
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: frontend, port: {number: 80}}}
                      - path: /api
                        pathType: Prefix
                        backend: {service: {name: gone, port: {name: http}}}
                status:
                  loadBalancer:
                    ingress: [{ip: 203.0.113.7}]
                """);
        List<RelatedQuery> queries = new IngressDescriber().related(ing);
        assertEquals(List.of("service/frontend", "endpointslices/frontend", "service/gone", "endpointslices/gone"),
                queries.stream().map(RelatedQuery::key).toList());
        JsonNode service = Objects.yaml("spec: {ports: [{name: http, port: 80, targetPort: 8080}]}");
        JsonNode slice = Objects.yaml("""
                metadata: {labels: {kubernetes.io/service-name: frontend}}
                ports: [{name: http, port: 8080}]
                endpoints:
                - addresses: [10.0.0.1]
                - addresses: [10.0.0.2]
                  conditions: {ready: false}
                - addresses: [10.0.0.3]
                - addresses: [10.0.0.4]
                - addresses: [10.0.0.5]
                """);
        Related related = new Related(List.of(), Map.of("service/frontend", List.of(service),
                "endpointslices/frontend", List.of(slice)), Map.of("service/gone", "services \"gone\" not found"));
        String out = new IngressDescriber().describe(ing, related, NOW);
        Golden.assertMatches("describe/ingress", out);
        assertTrue(out.contains("frontend:80 (10.0.0.1:8080,10.0.0.3:8080,10.0.0.4:8080 + 1 more...)"), out);
        assertTrue(out.contains("gone:http (<error: services \"gone\" not found>)"), out);
    }

    @Test
    void autoscalerShowsEachMetricAgainstItsTarget() {
        JsonNode hpa = Objects.yaml("""
                metadata: {name: web, namespace: shop, creationTimestamp: "2026-02-01T00:00:00Z"}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
                  - type: Pods
                    pods: {metric: {name: requests_per_second}, target: {type: AverageValue, averageValue: "1k"}}
                  behavior:
                    scaleDown:
                      stabilizationWindowSeconds: 300
                      policies: [{type: Percent, value: 100, periodSeconds: 15}]
                status:
                  currentReplicas: 3
                  desiredReplicas: 3
                  currentMetrics:
                  - type: Resource
                    resource: {name: cpu, current: {averageUtilization: 45, averageValue: 450m}}
                  conditions:
                  - {type: AbleToScale, status: "True", reason: ReadyForNewScale, message: recommended size matches current size}
                """);
        String out = new HorizontalPodAutoscalerDescriber().describe(hpa, Related.eventsOnly(List.of()), NOW);
        Golden.assertMatches("describe/hpa", out);
        assertTrue(out.contains("  resource cpu on pods  (as a percentage of request):  45% (450m) / 70%\n"), out);
        assertTrue(out.contains("on pods:                       <unknown> / 1k\n"), out);
    }
}
