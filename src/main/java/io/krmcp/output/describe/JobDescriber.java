package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.table.HumanDuration;

/** kubectl's {@code describeJob}: parallelism, completions, limits, times, pod counts from status, pod template. */
public final class JobDescriber implements Describer {

    @Override
    public String describe(JsonNode job, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = job.path("spec");
        JsonNode status = job.path("status");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(job) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(job) + "\n");
        w.write(LEVEL_0, "Selector:\t" + DescribeSections.selector(spec.path("selector")) + "\n");
        DescribeSections.labels(w, "Labels", job.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", job.path("metadata").path("annotations"));
        DescribeSections.optional(w, "Controlled By", DescribeSections.controller(job));
        if (spec.path("parallelism").isNumber()) {
            w.write(LEVEL_0, "Parallelism:\t" + spec.path("parallelism").asLong() + "\n");
        }
        w.write(LEVEL_0, "Completions:\t" + DescribeSections.orUnset(spec.path("completions"), "") + "\n");
        DescribeSections.optional(w, "Completion Mode", Fields.text(spec, "completionMode"));
        if (spec.path("suspend").isBoolean()) {
            w.write(LEVEL_0, "Suspend:\t" + spec.path("suspend").asBoolean() + "\n");
        }
        if (spec.path("backoffLimit").isNumber()) {
            w.write(LEVEL_0, "Backoff Limit:\t" + spec.path("backoffLimit").asLong() + "\n");
        }
        if (spec.path("ttlSecondsAfterFinished").isNumber()) {
            w.write(LEVEL_0, "TTL Seconds After Finished:\t" + spec.path("ttlSecondsAfterFinished").asLong() + "\n");
        }
        String start = Fields.text(status, "startTime");
        String completion = Fields.text(status, "completionTime");
        DescribeSections.optional(w, "Start Time", DescribeSections.time(start));
        DescribeSections.optional(w, "Completed At", DescribeSections.time(completion));
        if (!start.isEmpty() && !completion.isEmpty()) {
            w.write(LEVEL_0, "Duration:\t" + HumanDuration.format(Duration.between(Instant.parse(start),
                    Instant.parse(completion))) + "\n");
        }
        if (spec.path("activeDeadlineSeconds").isNumber()) {
            w.write(LEVEL_0, "Active Deadline Seconds:\t" + spec.path("activeDeadlineSeconds").asLong() + "s\n");
        }
        String ready = status.path("ready").isNumber() ? " (" + status.path("ready").asLong() + " Ready)" : "";
        w.write(LEVEL_0, "Pods Statuses:\t" + status.path("active").asLong() + " Active" + ready + " / "
                + status.path("succeeded").asLong() + " Succeeded / " + status.path("failed").asLong() + " Failed\n");
        if ("Indexed".equals(Fields.text(spec, "completionMode"))) {
            w.write(LEVEL_0, "Completed Indexes:\t" + capIndexes(Fields.text(status, "completedIndexes")) + "\n");
        }
        PodTemplateSection.write(w, spec.path("template"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code capIndexesListOrNone}: the list up to the first comma after 50 characters, then {@code ...}. */
    static String capIndexes(String indexes) {
        if (indexes.isEmpty()) {
            return "<none>";
        }
        int i = 50;
        while (i < indexes.length() && indexes.charAt(i) != ',') {
            i++;
        }
        return i >= indexes.length() ? indexes : indexes.substring(0, i + 1) + "...";
    }
}
