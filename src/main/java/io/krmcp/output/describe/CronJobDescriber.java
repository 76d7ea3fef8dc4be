package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeCronJob}: schedule, policies, the job template, last schedule, active jobs. */
public final class CronJobDescriber implements Describer {

    @Override
    public String describe(JsonNode cj, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = cj.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(cj) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(cj) + "\n");
        DescribeSections.labels(w, "Labels", cj.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", cj.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Schedule:\t" + Fields.text(spec, "schedule") + "\n");
        w.write(LEVEL_0, "Concurrency Policy:\t" + Fields.text(spec, "concurrencyPolicy") + "\n");
        String suspend = spec.path("suspend").isBoolean() ? (spec.path("suspend").asBoolean() ? "True" : "False")
                : "<unset>";
        w.write(LEVEL_0, "Suspend:\t" + suspend + "\n");
        String zone = Fields.text(spec, "timeZone");
        w.write(LEVEL_0, "Time Zone:\t" + (zone.isEmpty() ? "<unset>" : zone) + "\n");
        w.write(LEVEL_0, "Successful Job History Limit:\t"
                + DescribeSections.orUnset(spec.path("successfulJobsHistoryLimit"), "") + "\n");
        w.write(LEVEL_0, "Failed Job History Limit:\t"
                + DescribeSections.orUnset(spec.path("failedJobsHistoryLimit"), "") + "\n");
        w.write(LEVEL_0, "Starting Deadline Seconds:\t"
                + DescribeSections.orUnset(spec.path("startingDeadlineSeconds"), "s") + "\n");
        jobTemplate(w, spec.path("jobTemplate").path("spec"));
        String last = Fields.text(cj, "status", "lastScheduleTime");
        w.write(LEVEL_0, "Last Schedule Time:\t" + (last.isEmpty() ? "<unset>" : DescribeSections.time(last)) + "\n");
        List<String> active = new ArrayList<>();
        cj.path("status").path("active").forEach(ref -> active.add(ref.path("name").asText()));
        w.write(LEVEL_0, "Active Jobs:\t" + (active.isEmpty() ? "<none>" : String.join(", ", active)) + "\n");
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code describeJobTemplate}. */
    private static void jobTemplate(PrefixWriter w, JsonNode spec) {
        w.write(LEVEL_0, "Selector:\t" + (spec.path("selector").isObject()
                ? DescribeSections.selector(spec.path("selector")) : "<unset>") + "\n");
        w.write(LEVEL_0, "Parallelism:\t" + DescribeSections.orUnset(spec.path("parallelism"), "") + "\n");
        w.write(LEVEL_0, "Completions:\t" + DescribeSections.orUnset(spec.path("completions"), "") + "\n");
        if (spec.path("activeDeadlineSeconds").isNumber()) {
            w.write(LEVEL_0, "Active Deadline Seconds:\t" + spec.path("activeDeadlineSeconds").asLong() + "s\n");
        }
        PodTemplateSection.write(w, spec.path("template"));
    }
}
