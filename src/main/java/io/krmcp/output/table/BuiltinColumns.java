package io.krmcp.output.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kubectl's client-side printers for the core kinds, for API servers that answer a Table request with a plain list
 * (the mock server, some proxies). Real API servers send Tables and this class is not used for them.
 */
public final class BuiltinColumns {

    private static final Map<String, KindColumns> BY_KIND = Map.ofEntries(
            Map.entry("Pod", new PodColumns()),
            Map.entry("Deployment", WorkloadColumns.DEPLOYMENT),
            Map.entry("ReplicaSet", WorkloadColumns.REPLICA_SET),
            Map.entry("ReplicationController", WorkloadColumns.REPLICATION_CONTROLLER),
            Map.entry("StatefulSet", WorkloadColumns.STATEFUL_SET),
            Map.entry("DaemonSet", WorkloadColumns.DAEMON_SET),
            Map.entry("Job", WorkloadColumns.JOB),
            Map.entry("CronJob", WorkloadColumns.CRON_JOB),
            Map.entry("Service", NetworkColumns.SERVICE),
            Map.entry("Ingress", NetworkColumns.INGRESS),
            Map.entry("Node", ClusterColumns.NODE),
            Map.entry("Namespace", ClusterColumns.NAMESPACE),
            Map.entry("PersistentVolumeClaim", ClusterColumns.PERSISTENT_VOLUME_CLAIM),
            Map.entry("PersistentVolume", ClusterColumns.PERSISTENT_VOLUME),
            Map.entry("Event", CoreColumns.EVENT),
            Map.entry("ConfigMap", CoreColumns.CONFIG_MAP),
            Map.entry("Secret", CoreColumns.SECRET),
            Map.entry("ServiceAccount", CoreColumns.SERVICE_ACCOUNT));

    private BuiltinColumns() {
    }

    /** Whether a kind has a dedicated printer (otherwise NAME and AGE only). */
    public static boolean covers(String kind) {
        return BY_KIND.containsKey(kind);
    }

    public static Table tableOf(String kind, List<JsonNode> objects, Instant now) {
        KindColumns printer = BY_KIND.getOrDefault(kind, CoreColumns.GENERIC);
        List<Table.Row> rows = new ArrayList<>(objects.size());
        for (JsonNode object : objects) {
            rows.add(new Table.Row(printer.cells(object, now), object));
        }
        return new Table(printer.columns(), rows);
    }
}
