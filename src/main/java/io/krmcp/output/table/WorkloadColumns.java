package io.krmcp.output.table;

import static io.krmcp.output.table.SimpleColumns.age;
import static io.krmcp.output.table.SimpleColumns.col;
import static io.krmcp.output.table.SimpleColumns.name;
import static io.krmcp.output.table.SimpleColumns.wide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/** kubectl's printers for the workload controllers. */
final class WorkloadColumns {

    private WorkloadColumns() {
    }

    static final KindColumns DEPLOYMENT = new SimpleColumns(
            List.of(col("NAME"), col("READY"), col("UP-TO-DATE"), col("AVAILABLE"), col("AGE"),
                    wide("CONTAINERS"), wide("IMAGES"), wide("SELECTOR")),
            (o, now) -> List.of(name(o),
                    Fields.number(o, "status", "readyReplicas") + "/" + Fields.number(o, "spec", "replicas"),
                    String.valueOf(Fields.number(o, "status", "updatedReplicas")),
                    String.valueOf(Fields.number(o, "status", "availableReplicas")), age(o, now),
                    containers(o), images(o), Fields.selector(o.path("spec").path("selector"))));

    /** ReplicaSets show a label selector; ReplicationControllers a plain label map. Otherwise the same columns. */
    static final KindColumns REPLICA_SET = replicas(o -> Fields.selector(o.path("spec").path("selector")));

    static final KindColumns REPLICATION_CONTROLLER = replicas(o -> Fields.labels(o.path("spec").path("selector")));

    private static KindColumns replicas(Function<JsonNode, String> selector) {
        return new SimpleColumns(
                List.of(col("NAME"), col("DESIRED"), col("CURRENT"), col("READY"), col("AGE"),
                        wide("CONTAINERS"), wide("IMAGES"), wide("SELECTOR")),
                (o, now) -> List.of(name(o), String.valueOf(Fields.number(o, "spec", "replicas")),
                        String.valueOf(Fields.number(o, "status", "replicas")),
                        String.valueOf(Fields.number(o, "status", "readyReplicas")), age(o, now),
                        containers(o), images(o), selector.apply(o)));
    }

    static final KindColumns STATEFUL_SET = new SimpleColumns(
            List.of(col("NAME"), col("READY"), col("AGE"), wide("CONTAINERS"), wide("IMAGES")),
            (o, now) -> List.of(name(o),
                    Fields.number(o, "status", "readyReplicas") + "/" + Fields.number(o, "spec", "replicas"),
                    age(o, now), containers(o), images(o)));

    static final KindColumns DAEMON_SET = new SimpleColumns(
            List.of(col("NAME"), col("DESIRED"), col("CURRENT"), col("READY"), col("UP-TO-DATE"),
                    col("AVAILABLE"), col("NODE SELECTOR"), col("AGE"), wide("CONTAINERS"), wide("IMAGES"),
                    wide("SELECTOR")),
            (o, now) -> List.of(name(o), String.valueOf(Fields.number(o, "status", "desiredNumberScheduled")),
                    String.valueOf(Fields.number(o, "status", "currentNumberScheduled")),
                    String.valueOf(Fields.number(o, "status", "numberReady")),
                    String.valueOf(Fields.number(o, "status", "updatedNumberScheduled")),
                    String.valueOf(Fields.number(o, "status", "numberAvailable")),
                    Fields.labels(Fields.at(o, "spec", "template", "spec", "nodeSelector")), age(o, now),
                    containers(o), images(o), Fields.selector(o.path("spec").path("selector"))));

    static final KindColumns JOB = new SimpleColumns(
            List.of(col("NAME"), col("STATUS"), col("COMPLETIONS"), col("DURATION"), col("AGE"),
                    wide("CONTAINERS"), wide("IMAGES"), wide("SELECTOR")),
            (o, now) -> List.of(name(o), jobStatus(o), completions(o), jobDuration(o, now), age(o, now),
                    containers(o), images(o), Fields.selector(o.path("spec").path("selector"))));

    static final KindColumns CRON_JOB = new SimpleColumns(
            List.of(col("NAME"), col("SCHEDULE"), col("TIMEZONE"), col("SUSPEND"), col("ACTIVE"),
                    col("LAST SCHEDULE"), col("AGE"), wide("CONTAINERS"), wide("IMAGES"), wide("SELECTOR")),
            (o, now) -> {
                JsonNode jobSpec = Fields.at(o, "spec", "jobTemplate", "spec");
                String last = Fields.text(o, "status", "lastScheduleTime");
                return List.of(name(o), Fields.text(o, "spec", "schedule"),
                        Fields.orNone(Fields.text(o, "spec", "timeZone")),
                        Fields.at(o, "spec", "suspend").asBoolean(false) ? "True" : "False",
                        String.valueOf(Fields.at(o, "status", "active").size()),
                        last.isEmpty() ? "<none>" : HumanDuration.since(last, now), age(o, now),
                        Fields.containerField(Fields.at(jobSpec, "template", "spec"), "name"),
                        Fields.containerField(Fields.at(jobSpec, "template", "spec"), "image"),
                        Fields.selector(jobSpec.path("selector")));
            });

    private static String containers(JsonNode o) {
        return Fields.containerField(Fields.at(o, "spec", "template", "spec"), "name");
    }

    private static String images(JsonNode o) {
        return Fields.containerField(Fields.at(o, "spec", "template", "spec"), "image");
    }

    private static String jobStatus(JsonNode job) {
        if (hasCondition(job, "Complete")) {
            return "Complete";
        } else if (hasCondition(job, "Failed")) {
            return "Failed";
        } else if (Fields.isSet(job, "metadata", "deletionTimestamp")) {
            return "Terminating";
        } else if (hasCondition(job, "Suspended")) {
            return "Suspended";
        } else if (hasCondition(job, "FailureTarget")) {
            return "FailureTarget";
        } else if (hasCondition(job, "SuccessCriteriaMet")) {
            return "SuccessCriteriaMet";
        }
        return "Running";
    }

    private static boolean hasCondition(JsonNode job, String type) {
        for (JsonNode c : Fields.at(job, "status", "conditions")) {
            if (type.equals(c.path("type").asText()) && "True".equals(c.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String completions(JsonNode job) {
        long succeeded = Fields.number(job, "status", "succeeded");
        if (Fields.isSet(job, "spec", "completions")) {
            return succeeded + "/" + Fields.number(job, "spec", "completions");
        }
        long parallelism = Fields.isSet(job, "spec", "parallelism") ? Fields.number(job, "spec", "parallelism") : 0;
        return parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
    }

    private static String jobDuration(JsonNode job, Instant now) {
        String start = Fields.text(job, "status", "startTime");
        if (start.isEmpty()) {
            return "";
        }
        String completion = Fields.text(job, "status", "completionTime");
        Instant end = completion.isEmpty() ? now : Instant.parse(completion);
        return HumanDuration.format(Duration.between(Instant.parse(start), end));
    }
}
