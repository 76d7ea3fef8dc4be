package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;

/**
 * kubectl's {@code describeIngressV1}: address, class, default backend, TLS, and each rule's paths with the
 * backend service's ready endpoints.
 */
public final class IngressDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode ing) {
        String namespace = KubeObject.namespace(ing);
        List<RelatedQuery> queries = new ArrayList<>();
        for (String service : backendServices(ing)) {
            queries.add(RelatedQuery.object(serviceKey(service), KnownTypes.SERVICES.objectPath(namespace, service)));
            queries.add(EndpointSlices.query(namespace, service));
        }
        return queries;
    }

    @Override
    public String describe(JsonNode ing, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = ing.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(ing) + "\n");
        DescribeSections.labels(w, "Labels", ing.path("metadata").path("labels"));
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(ing) + "\n");
        TreeSet<String> addresses = new TreeSet<>();
        for (JsonNode i : ing.path("status").path("loadBalancer").path("ingress")) {
            String ip = i.path("ip").asText("");
            String host = i.path("hostname").asText("");
            if (!ip.isEmpty()) {
                addresses.add(ip);
            } else if (!host.isEmpty()) {
                addresses.add(host);
            }
        }
        w.write(LEVEL_0, "Address:\t" + String.join(",", addresses) + "\n");
        String className = Fields.text(spec, "ingressClassName");
        w.write(LEVEL_0, "Ingress Class:\t" + (className.isEmpty() ? "<none>" : className) + "\n");
        String defaultBackend = spec.path("defaultBackend").isObject()
                ? backend(spec.path("defaultBackend"), related) : "<default>";
        w.write(LEVEL_0, "Default backend:\t" + defaultBackend + "\n");
        if (!spec.path("tls").isEmpty()) {
            w.write(LEVEL_0, "TLS:\n");
            for (JsonNode t : spec.path("tls")) {
                String hosts = String.join(",", Fields.strings(t.path("hosts")));
                String secret = t.path("secretName").asText("");
                w.write(LEVEL_1, (secret.isEmpty() ? "SNI routes " + hosts : secret + " terminates " + hosts) + "\n");
            }
        }
        w.write(LEVEL_0, "Rules:\n  Host\tPath\tBackends\n");
        w.write(LEVEL_1, "----\t----\t--------\n");
        int count = 0;
        for (JsonNode rule : spec.path("rules")) {
            if (!rule.path("http").isObject()) {
                continue;
            }
            count++;
            String host = rule.path("host").asText("");
            w.write(LEVEL_1, (host.isEmpty() ? "*" : host) + "\t\n");
            for (JsonNode path : rule.path("http").path("paths")) {
                w.write(LEVEL_2, "\t" + path.path("path").asText("") + " \t" + backend(path.path("backend"), related)
                        + "\n");
            }
        }
        if (count == 0) {
            w.write(LEVEL_1, "*\t*\t" + defaultBackend + "\n");
        }
        DescribeSections.annotations(w, "Annotations", ing.path("metadata").path("annotations"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    private static Set<String> backendServices(JsonNode ing) {
        Set<String> names = new LinkedHashSet<>();
        String defaultService = Fields.text(ing, "spec", "defaultBackend", "service", "name");
        if (!defaultService.isEmpty()) {
            names.add(defaultService);
        }
        for (JsonNode rule : ing.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String name = Fields.text(path, "backend", "service", "name");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String serviceKey(String name) {
        return "service/" + name;
    }

    /** {@code describeBackendV1}: {@code web:80 (10.0.0.5:8080,10.0.0.6:8080)}, or the resource backend. */
    private static String backend(JsonNode backend, Related related) {
        JsonNode service = backend.path("service");
        if (service.isObject()) {
            String name = Fields.text(service, "name");
            int number = service.path("port").path("number").asInt(0);
            String portName = Fields.text(service, "port", "name");
            String label = name + ":" + (number != 0 ? String.valueOf(number) : portName);
            if (related.error(serviceKey(name)).isPresent()) {
                return label + " (<error: " + related.error(serviceKey(name)).get() + ">)";
            }
            String servicePortName = "";
            for (JsonNode sp : related.first(serviceKey(name)).map(s -> s.path("spec").path("ports"))
                    .orElse(MissingNode.getInstance())) {
                if ((number != 0 && number == sp.path("port").asInt())
                        || (!portName.isEmpty() && portName.equals(sp.path("name").asText("")))) {
                    servicePortName = sp.path("name").asText("");
                }
            }
            return label + " (" + EndpointSlices.format(EndpointSlices.of(related, name), servicePortName) + ")";
        }
        JsonNode resource = backend.path("resource");
        if (resource.isObject()) {
            String group = Fields.text(resource, "apiGroup");
            return "APIGroup: " + (group.isEmpty() ? "<none>" : group) + ", Kind: " + Fields.text(resource, "kind")
                    + ", Name: " + Fields.text(resource, "name");
        }
        return "";
    }
}
