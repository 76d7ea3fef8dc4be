package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.krmcp.Golden;

/** StatefulSet, DaemonSet, Job and CronJob layouts, from objects shaped as a real API server returns them. */
class WorkloadDescribersTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static final String TEMPLATE = """
              template:
                metadata:
                  labels:
                    app: db
                spec:
                  containers:
                  - name: db
                    image: postgres:16
                    ports:
                    - containerPort: 5432
                      name: pg
                      protocol: TCP
                    env:
                    - name: POD_NAME
                      valueFrom:
                        fieldRef:
                          apiVersion: v1
                          fieldPath: metadata.name
                    - name: PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: db
                          key: password
                    volumeMounts:
                    - name: data
                      mountPath: /var/lib/postgresql
                  tolerations:
                  - key: dedicated
                    operator: Equal
                    value: db
                    effect: NoSchedule
            """;

    static JsonNode pod(String name, String phase, String ownerUid) {
        return Objects.yaml("""
                metadata:
                  name: %s
                  ownerReferences:
                  - kind: X
                    name: x
                    uid: %s
                    controller: true
                status:
                  phase: %s
                """.formatted(name, ownerUid, phase));
    }

    static Related pods(JsonNode... pods) {
        return new Related(List.of(), Map.of(ControllerPods.KEY, List.of(pods)), Map.of());
    }

    @Test
    void statefulSet() {
        JsonNode sts = Objects.yaml("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: db
                  namespace: data
                  uid: sts-uid
                  creationTimestamp: "2026-02-01T08:00:00Z"
                  labels:
                    app: db
                spec:
                  replicas: 3
                  serviceName: db
                  podManagementPolicy: OrderedReady
                  selector:
                    matchLabels:
                      app: db
                  updateStrategy:
                    type: RollingUpdate
                    rollingUpdate:
                      partition: 0
                  persistentVolumeClaimRetentionPolicy:
                    whenDeleted: Retain
                    whenScaled: Retain
                %s
                  volumeClaimTemplates:
                  - metadata:
                      name: data
                    spec:
                      accessModes: [ReadWriteOnce]
                      storageClassName: standard
                      resources:
                        requests:
                          storage: 10Gi
                status:
                  replicas: 3
                """.formatted(TEMPLATE));
        String out = new StatefulSetDescriber().describe(sts, pods(pod("db-0", "Running", "sts-uid"),
                pod("db-1", "Running", "sts-uid"), pod("db-2", "Pending", "sts-uid"),
                pod("stray", "Running", "other-uid")), NOW);
        Golden.assertMatches("describe/statefulset", out);
        assertTrue(out.contains("Pods Status:    2 Running / 1 Waiting / 0 Succeeded / 0 Failed\n"), out);
        assertTrue(out.contains("    Port:       5432/TCP (pg)\n"), out);
        // In a template there is no pod to resolve a field reference against.
        assertTrue(out.contains("      POD_NAME:   (v1:metadata.name)\n"), out);
    }

    @Test
    void statefulSetSelectedPodsThatCouldNotBeReadAreSaidSo() {
        JsonNode sts = Objects.yaml("""
                metadata: {name: db, namespace: data, uid: u}
                spec: {selector: {matchLabels: {app: db}}}
                """);
        Related failed = new Related(null, Map.of(), Map.of(ControllerPods.KEY, "pods is forbidden"));
        assertTrue(new StatefulSetDescriber().describe(sts, failed, NOW)
                .contains(" error in fetching pods: pods is forbidden\n"));
    }

    @Test
    void controllerPodsAreAskedForBySelector() {
        JsonNode ds = Objects.yaml("""
                metadata: {name: agent, namespace: ops}
                spec:
                  selector:
                    matchLabels: {app: agent}
                    matchExpressions:
                    - {key: tier, operator: In, values: [b, a]}
                """);
        RelatedQuery q = new DaemonSetDescriber().related(ds).get(0);
        assertEquals("/api/v1/namespaces/ops/pods", q.path());
        assertEquals(Map.of("labelSelector", "app=agent,tier in (a,b)"), q.query());
    }

    @Test
    void daemonSet() {
        JsonNode ds = Objects.yaml("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  namespace: ops
                  uid: ds-uid
                spec:
                  selector:
                    matchLabels:
                      app: agent
                  template:
                    metadata:
                      labels:
                        app: agent
                    spec:
                      nodeSelector:
                        kubernetes.io/os: linux
                      containers:
                      - name: agent
                        image: agent:1.0
                        resources:
                          limits:
                            memory: 200Mi
                          requests:
                            cpu: 100m
                            memory: 200Mi
                      volumes:
                      - name: logs
                        hostPath:
                          path: /var/log
                status:
                  desiredNumberScheduled: 3
                  currentNumberScheduled: 3
                  updatedNumberScheduled: 2
                  numberAvailable: 2
                  numberMisscheduled: 0
                """);
        String out = new DaemonSetDescriber().describe(ds, pods(pod("agent-a", "Running", "ds-uid"),
                pod("agent-b", "Running", "ds-uid"), pod("agent-c", "Failed", "ds-uid")), NOW);
        Golden.assertMatches("describe/daemonset", out);
        assertTrue(out.contains("Desired Number of Nodes Scheduled: 3\n"), out);
        assertTrue(out.contains("    HostPathType:  <none>\n"), out);
    }

    @Test
    void job() {
        JsonNode job = Objects.yaml("""
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: backup-29500000
                  namespace: ops
                  ownerReferences:
                  - kind: CronJob
                    name: backup
                    uid: cj
                    controller: true
                spec:
                  parallelism: 1
                  completions: 1
                  completionMode: NonIndexed
                  suspend: false
                  backoffLimit: 6
                  selector:
                    matchLabels:
                      batch.kubernetes.io/controller-uid: 0a1b
                  template:
                    metadata:
                      labels:
                        job-name: backup-29500000
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: backup
                        image: backup:2
                        command: ["/bin/sh", "-c", "backup --all"]
                status:
                  startTime: "2026-03-01T11:00:00Z"
                  completionTime: "2026-03-01T11:02:30Z"
                  succeeded: 1
                  ready: 0
                """);
        String out = new JobDescriber().describe(job, Related.eventsOnly(List.of()), NOW);
        Golden.assertMatches("describe/job", out);
        assertTrue(out.contains("Duration:         2m30s\n"), out);
        assertTrue(out.contains("Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\n"), out);
    }

    @Test
    void indexedJobCapsItsCompletedIndexes() {
        String indexes = "1-3,5,7-9,11,13,15,17,19,21,23,25,27,29,31,33,35,37,39,41,43,45";
        assertEquals("1-3,5,7-9,11,13,15,17,19,21,23,25,27,29,31,33,35,37,...",
                JobDescriber.capIndexes(indexes));
        assertEquals("<none>", JobDescriber.capIndexes(""));
        assertEquals("1-3", JobDescriber.capIndexes("1-3"));
    }

    @Test
    void cronJob() {
        JsonNode cj = Objects.yaml("""
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: backup
                  namespace: ops
                spec:
                  schedule: "0 * * * *"
                  concurrencyPolicy: Forbid
                  suspend: false
                  successfulJobsHistoryLimit: 3
                  failedJobsHistoryLimit: 1
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                          - name: backup
                            image: backup:2
                status:
                  lastScheduleTime: "2026-03-01T11:00:00Z"
                  active:
                  - name: backup-29500000
                  - name: backup-29500060
                """);
        String out = new CronJobDescriber().describe(cj, Related.eventsOnly(List.of()), NOW);
        Golden.assertMatches("describe/cronjob", out);
        assertTrue(out.contains("Suspend:                       False\n"), out);
        assertTrue(out.contains("Starting Deadline Seconds:     <unset>\n"), out);
        assertTrue(out.contains("Active Jobs:         backup-29500000, backup-29500060\n"), out);
    }
}
