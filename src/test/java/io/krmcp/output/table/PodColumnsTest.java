package io.krmcp.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** STATUS, READY and RESTARTS follow kubectl's printPod rules. */
class PodColumnsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PodColumns columns = new PodColumns();

    private List<String> cells(String json) throws Exception {
        JsonNode pod = JSON.readTree(json.replace('\'', '"'));
        return columns.cells(pod, NOW);
    }

    private static String pod(String spec, String status) {
        return "{'metadata':{'name':'p','creationTimestamp':'2026-03-01T11:00:00Z'},'spec':" + spec + ",'status':"
                + status + "}";
    }

    private static final String ONE = "{'containers':[{'name':'app'}]}";

    @Test
    void runningReadyPod() throws Exception {
        List<String> c = cells(pod(ONE, "{'phase':'Running','podIP':'10.0.0.5','containerStatuses':[{'name':'app',"
                + "'ready':true,'restartCount':0,'state':{'running':{}}}]}"));
        assertEquals(List.of("p", "1/1", "Running", "0", "60m", "10.0.0.5", "<none>", "<none>", "<none>"), c);
    }

    @Test
    void crashLoopShowsWaitingReasonAndLastRestartAge() throws Exception {
        List<String> c = cells(pod(ONE, "{'phase':'Running','containerStatuses':[{'name':'app','ready':false,"
                + "'restartCount':7,'state':{'waiting':{'reason':'CrashLoopBackOff'}},"
                + "'lastState':{'terminated':{'exitCode':1,'finishedAt':'2026-03-01T11:58:00Z'}}}]}"));
        assertEquals("0/1", c.get(1));
        assertEquals("CrashLoopBackOff", c.get(2));
        assertEquals("7 (2m ago)", c.get(3));
    }

    @Test
    void pendingPodShowsPhase() throws Exception {
        assertEquals("Pending", cells(pod(ONE, "{'phase':'Pending'}")).get(2));
    }

    @Test
    void initContainerRunningShowsProgress() throws Exception {
        String spec = "{'initContainers':[{'name':'a'},{'name':'b'}],'containers':[{'name':'app'}]}";
        List<String> c = cells(pod(spec, "{'phase':'Pending','initContainerStatuses':["
                + "{'name':'a','state':{'terminated':{'exitCode':0}}},{'name':'b','state':{'running':{}}}]}"));
        assertEquals("Init:1/2", c.get(2));
    }

    @Test
    void initContainerCrashLoopIsPrefixed() throws Exception {
        String spec = "{'initContainers':[{'name':'a'}],'containers':[{'name':'app'}]}";
        assertEquals("Init:CrashLoopBackOff", cells(pod(spec, "{'phase':'Pending','initContainerStatuses':["
                + "{'name':'a','restartCount':3,'state':{'waiting':{'reason':'CrashLoopBackOff'}}}]}")).get(2));
    }

    @Test
    void initContainerFailedWithoutReasonShowsExitCode() throws Exception {
        String spec = "{'initContainers':[{'name':'a'}],'containers':[{'name':'app'}]}";
        assertEquals("Init:ExitCode:2", cells(pod(spec, "{'phase':'Pending','initContainerStatuses':["
                + "{'name':'a','state':{'terminated':{'exitCode':2}}}]}")).get(2));
    }

    @Test
    void completedPod() throws Exception {
        assertEquals("Completed", cells(pod(ONE, "{'phase':'Succeeded','containerStatuses':[{'name':'app',"
                + "'state':{'terminated':{'exitCode':0,'reason':'Completed'}}}]}")).get(2));
    }

    @Test
    void terminatedWithoutReasonShowsSignal() throws Exception {
        assertEquals("Signal:9", cells(pod(ONE, "{'phase':'Running','containerStatuses':[{'name':'app',"
                + "'state':{'terminated':{'exitCode':137,'signal':9}}}]}")).get(2));
    }

    @Test
    void deletionTimestampMeansTerminating() throws Exception {
        String json = "{'metadata':{'name':'p','creationTimestamp':'2026-03-01T11:00:00Z',"
                + "'deletionTimestamp':'2026-03-01T11:59:00Z'},'spec':" + ONE + ",'status':{'phase':'Running',"
                + "'containerStatuses':[{'name':'app','ready':true,'state':{'running':{}}}]}}";
        assertEquals("Terminating", cells(json).get(2));
    }

    @Test
    void evictedPodShowsStatusReason() throws Exception {
        assertEquals("Evicted", cells(pod(ONE, "{'phase':'Failed','reason':'Evicted'}")).get(2));
    }

    @Test
    void sidecarCountsTowardsReadyAndTotal() throws Exception {
        String spec = "{'initContainers':[{'name':'proxy','restartPolicy':'Always'}],'containers':[{'name':'app'}]}";
        List<String> c = cells(pod(spec, "{'phase':'Running','conditions':[{'type':'Initialized','status':'True'}],"
                + "'initContainerStatuses':[{'name':'proxy','ready':true,'started':true,'restartCount':1,"
                + "'state':{'running':{}}}],'containerStatuses':[{'name':'app','ready':true,'restartCount':0,"
                + "'state':{'running':{}}}]}"));
        assertEquals("2/2", c.get(1));
        assertEquals("Running", c.get(2));
        assertEquals("1", c.get(3));
    }

    @Test
    void readinessGatesCountTrueConditions() throws Exception {
        String spec = "{'containers':[{'name':'app'}],'readinessGates':[{'conditionType':'x'},{'conditionType':'y'}]}";
        assertEquals("1/2", cells(pod(spec, "{'phase':'Running','conditions':[{'type':'x','status':'True'},"
                + "{'type':'y','status':'False'}]}")).get(8));
    }
}
