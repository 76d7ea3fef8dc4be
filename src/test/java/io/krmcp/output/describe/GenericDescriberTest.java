package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericDescriberTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({"apiVersion,API Version", "creationTimestamp,Creation Timestamp", "uid,UID", "spec,Spec",
            "podIPs,Pod I Ps", "qosClass,Qos Class", "serviceAccountName,Service Account Name",
            "ownerReferences,Owner References", "kubernetes.io/name,kubernetes.io/name", "a_b,a_b",
            "URLPath,URL Path"})
    void smartLabelsAsKubectl(String field, String label) {
        assertEquals(label, GenericDescriber.smartLabel(field));
    }

    @Test
    void customResourceWithEvents() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var widget = json.readTree("""
                {"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"gear","namespace":"prod",
                 "uid":"u-1","creationTimestamp":"2026-03-01T10:00:00Z","labels":{"tier":"gold","app":"gears"},
                 "managedFields":[{"manager":"x"}]},
                 "spec":{"size":3,"colors":["red","blue"],"owners":[{"name":"ann"}]},"status":{"ready":true}}""");
        var event = json.readTree("""
                {"type":"Normal","reason":"Synced","message":"synced ok ","source":{"component":"widget-controller"},
                 "firstTimestamp":"2026-03-01T11:00:00Z","lastTimestamp":"2026-03-01T11:55:00Z","count":12,
                 "involvedObject":{"name":"gear","uid":"u-1"}}""");
        assertEquals("""
                Name:         gear
                Namespace:    prod
                Labels:       app=gears
                              tier=gold
                Annotations:  <none>
                API Version:  example.com/v1
                Kind:         Widget
                Metadata:
                  Creation Timestamp:  2026-03-01T10:00:00Z
                  UID:                 u-1
                Spec:
                  Colors:
                    red
                    blue
                  Owners:
                    Name:  ann
                  Size:    3
                Status:
                  Ready:  true
                Events:
                  Type    Reason  Age                From               Message
                  ----    ------  ----               ----               -------
                  Normal  Synced  5m (x12 over 60m)  widget-controller  synced ok
                """, new GenericDescriber().describe(widget, Related.eventsOnly(List.of(event)), NOW));
    }
}
