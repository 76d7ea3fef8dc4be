package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/**
 * kubectl's {@code describeNetworkPolicy}: which pods it selects and, per direction, the ports and peers it allows.
 * The creation time is Go's {@code time.Time.String()} in UTC, as kubectl prints it on a machine in UTC.
 */
public final class NetworkPolicyDescriber implements Describer {

    private static final DateTimeFormatter GO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String INDENT = "    ";

    @Override
    public String describe(JsonNode np, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(np) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(np) + "\n");
        w.write(LEVEL_0, "Created on:\t" + created(KubeObject.creationTimestamp(np)) + "\n");
        DescribeSections.labels(w, "Labels", np.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", np.path("metadata").path("annotations"));
        JsonNode spec = np.path("spec");
        w.write(LEVEL_0, "Spec:\n");
        w.write(LEVEL_1, "PodSelector: ");
        JsonNode selector = spec.path("podSelector");
        if (selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty()) {
            w.write(LEVEL_2, "<none> (Allowing the specific traffic to all pods in this namespace)\n");
        } else {
            w.write(LEVEL_2, Fields.selector(selector) + "\n");
        }
        List<String> types = Fields.strings(spec.path("policyTypes"));
        if (types.contains("Ingress")) {
            w.write(LEVEL_1, "Allowing ingress traffic:\n");
            rules(w, spec.path("ingress"), "from", "From", "source", "ingress");
        } else {
            w.write(LEVEL_1, "Not affecting ingress traffic\n");
        }
        if (types.contains("Egress")) {
            w.write(LEVEL_1, "Allowing egress traffic:\n");
            rules(w, spec.path("egress"), "to", "To", "destination", "egress");
        } else {
            w.write(LEVEL_1, "Not affecting egress traffic\n");
        }
        w.write(LEVEL_1, "Policy Types: " + (types.isEmpty() ? "<none>" : String.join(", ", types)) + "\n");
        return w.toString();
    }

    private static void rules(PrefixWriter w, JsonNode rules, String peersField, String title, String noun,
                              String direction) {
        if (rules.isEmpty()) {
            w.write(LEVEL_0, INDENT + "<none> (Selected pods are isolated for " + direction + " connectivity)\n");
            return;
        }
        int i = 0;
        for (JsonNode rule : rules) {
            if (rule.path("ports").isEmpty()) {
                w.write(LEVEL_0, INDENT + "To Port: <any> (traffic allowed to all ports)\n");
            }
            for (JsonNode port : rule.path("ports")) {
                String proto = port.path("protocol").asText("TCP");
                String number = port.path("port").isMissingNode() ? "<nil>" : port.path("port").asText();
                if (port.path("endPort").isNumber()) {
                    w.write(LEVEL_0, INDENT + "To Port Range: " + number + "-" + port.path("endPort").asLong() + "/"
                            + proto + "\n");
                } else {
                    w.write(LEVEL_0, INDENT + "To Port: " + number + "/" + proto + "\n");
                }
            }
            JsonNode peers = rule.path(peersField);
            if (peers.isEmpty()) {
                w.write(LEVEL_0, INDENT + title + ": <any> (traffic not restricted by " + noun + ")\n");
            }
            for (JsonNode peer : peers) {
                w.write(LEVEL_0, INDENT + title + ":\n");
                boolean pods = peer.path("podSelector").isObject();
                boolean namespaces = peer.path("namespaceSelector").isObject();
                if (namespaces) {
                    w.write(LEVEL_1, INDENT + "NamespaceSelector: " + Fields.selector(peer.path("namespaceSelector"))
                            + "\n");
                }
                if (pods) {
                    w.write(LEVEL_1, INDENT + "PodSelector: " + Fields.selector(peer.path("podSelector")) + "\n");
                }
                if (!pods && !namespaces && peer.path("ipBlock").isObject()) {
                    List<String> except = new ArrayList<>();
                    peer.path("ipBlock").path("except").forEach(e -> except.add(e.asText()));
                    w.write(LEVEL_1, INDENT + "IPBlock:\n");
                    w.write(LEVEL_2, INDENT + "CIDR: " + peer.path("ipBlock").path("cidr").asText("") + "\n");
                    w.write(LEVEL_2, INDENT + "Except: " + String.join(", ", except) + "\n");
                }
            }
            if (++i != rules.size()) {
                w.write(LEVEL_0, INDENT + "----------\n");
            }
        }
    }

    private static String created(String rfc3339) {
        try {
            return GO_TIME.format(Instant.parse(rfc3339));
        } catch (RuntimeException e) {
            return rfc3339;
        }
    }
}
