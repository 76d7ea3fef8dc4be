package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.krmcp.MockApi;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.Projection;

/**
 * A list's items are decoded with only the fields the template reads: what it prints must not change, and a
 * template whose reads cannot be followed must get whole items.
 */
class JsonPathProjectionTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static final String PODS = """
            {"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"9"},"items":[
             {"metadata":{"name":"web-1","namespace":"shop","labels":{"app":"web","tier":"front"},
               "annotations":{"note":"a"},"managedFields":[{"manager":"kubelet"}]},
              "spec":{"nodeName":"n1","containers":[{"name":"app","image":"web:1","ports":[{"containerPort":80}]},
                {"name":"sidecar","image":"envoy:2"}]},
              "status":{"phase":"Running","podIP":"10.0.0.1","conditions":[{"type":"Ready","status":"True"},
                {"type":"PodScheduled","status":"True"}],"containerStatuses":[{"name":"app","restartCount":3}]}},
             {"metadata":{"name":"db-0","namespace":"shop","labels":{"app":"db"}},
              "spec":{"nodeName":"n2","containers":[{"name":"pg","image":"postgres:16"}]},
              "status":{"phase":"Pending","conditions":[{"type":"Ready","status":"False"}]}}]}""";

    private static Projection items(String template) throws Exception {
        return JsonPath.parse(template).listItemFields();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{.items[*].metadata.name}|{metadata={name=*}}",
            "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}|{metadata={name=*}, status={phase=*}}",
            "{.items[?(@.status.phase==\"Running\")].metadata.name}|{metadata={name=*}, status={phase=*}}",
            "{.items[0].spec.containers[*].image}|{spec={containers=*}}",
            "{.items[*].status.conditions[?(@.type==\"Ready\")].status}|{status={conditions={status=*, type=*}}}",
            "{range .items[*].spec.containers[*]}{.name}{end}|{spec={containers=*}}",
            "{.kind} {.metadata.resourceVersion}|{}",
            "{range .items}{.metadata.labels.app}{end}|{metadata={labels={app=*}}}",
            "{range .items[*]}{.metadata.name}{range .spec.containers[*]}{@}{end}{end}|{metadata={name=*}, spec={containers=*}}"})
    void readsWhatItsPathsName(String template, String fields) throws Exception {
        assertEquals(fields, items(template).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{.items[*]}", "{.items}", "{..name}", "{@}", "{.items[*]..image}",
            "{range .items[*]}{@}{end}", "{range .metadata}{.x}{end}", "{.items.metadata}", "{.items[*].*}"})
    void whatItCannotFollowReadsWholeItems(String template) throws Exception {
        Projection p = items(template);
        assertTrue(p.isAll(), template + " -> " + p);
    }

    /** Decoded with its projection, the list prints exactly what the whole list prints. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{.items[*].metadata.name}",
            "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\t\"}{.spec.nodeName}{\"\\n\"}{end}",
            "{.items[?(@.status.phase==\"Running\")].metadata.name}",
            "{.items[*].status.conditions[?(@.type==\"Ready\")].status}",
            "{range .items[*]}{.metadata.name}:{range .spec.containers[*]}{.image},{end}{\"\\n\"}{end}",
            "{.items[-1:].metadata.labels}",
            "{.items[*].spec.containers[0].ports[*].containerPort}",
            "{.items[*].status.containerStatuses[*].restartCount}",
            "{.kind}/{.items[1].metadata.namespace}",
            "{range .items[*]}{.metadata.annotations.note}{end}"})
    void printsTheSameFromTheProjectedList(String template) throws Exception {
        api.expect().get().withPath("/api/v1/pods").andReturn(200, PODS).always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        JsonPath path = JsonPath.parse(template);
        Deadline deadline = Deadline.in(Duration.ofSeconds(5));
        String whole = path.render(list(kube.listAll("/api/v1/pods", Map.of(), 0, deadline)));
        List<JsonNode> projected = kube.listAll("/api/v1/pods", Map.of(), 0,
                KubeApi.Answer.itemsWith(path.listItemFields()), deadline);
        assertEquals(whole, path.render(list(projected)), template);
        assertFalse(whole.isEmpty(), template);
    }

    /** What is not read is not decoded: {@code -o name} holds names (and what the protections read), not pods. */
    @Test
    void itemsHoldOnlyTheProjectedFields() throws Exception {
        api.expect().get().withPath("/api/v1/pods").andReturn(200, PODS).always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        OutputFormat name = new OutputFormat("name", java.util.Optional.empty(), List.of());
        JsonNode first = kube.listAll("/api/v1/pods", Map.of(), 0, KubeApi.Answer.itemsWith(name.itemFields()),
                Deadline.in(Duration.ofSeconds(5))).get(0);
        assertEquals("{\"metadata\":{\"name\":\"web-1\",\"namespace\":\"shop\"}}", first.toString());
        JsonNode whole = kube.listAll("/api/v1/pods", Map.of(), 0, Deadline.in(Duration.ofSeconds(5))).get(0);
        assertNotEquals(first, whole);
        assertFalse(whole.path("metadata").has("managedFields"));
    }

    @Test
    void customColumnsReadTheirColumnsPaths() throws Exception {
        OutputFormat columns = new OutputFormat("custom-columns", java.util.Optional.empty(), List.of(
                new OutputFormat.CustomColumn("NAME", JsonPath.parse("{.metadata.name}")),
                new OutputFormat.CustomColumn("IMAGES", JsonPath.parse("{.spec.containers[*].image}")),
                new OutputFormat.CustomColumn("READY",
                        JsonPath.parse("{.status.conditions[?(@.type==\"Ready\")].status}"))));
        assertEquals("{metadata={name=*}, spec={containers=*}, status={conditions={status=*, type=*}}}",
                columns.itemFields().toString());
    }

    private static JsonNode list(List<JsonNode> items) {
        ObjectNode list = new ObjectMapper().createObjectNode();
        list.put("apiVersion", "v1");
        list.putArray("items").addAll(items);
        list.put("kind", "List");
        return list;
    }
}
