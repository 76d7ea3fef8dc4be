package io.krmcp.verbs.clusterinfo;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl cluster-info}: the control plane's address and the cluster services (label
 * {@code kubernetes.io/cluster-service=true}, in kube-system unless {@code -n} says otherwise) with kubectl's proxy
 * or load-balancer links. {@code cluster-info dump} is refused: it copies every object and log in the cluster.
 */
public final class ClusterInfoVerb extends Verb<ClusterInfoVerb.Options> {

    public static final VerbSpec SPEC = VerbSpec.reading("cluster-info", "the control plane's address and the "
            + "cluster services").defaultNamespace("kube-system");

    /** A validated {@code kubectl cluster-info}: where to look for the cluster services. */
    record Options(String namespace) {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        if (!command.positionals().isEmpty()) {
            throw VerbException.usage(command.positionals().get(0).equals("dump")
                    ? "error: cluster-info dump is not available: it copies every object and log of the cluster; "
                    + "ask for what you need with get, describe or logs"
                    : "error: unexpected arguments: " + String.join(" ", command.positionals()));
        }
        return new Options(CommonFlags.namespace(command).orElse(SPEC.ownDefaultNamespace().orElseThrow()));
    }

    public ClusterInfoVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException {
        String namespace = options.namespace();
        JsonNode services = ctx.api().get(KnownTypes.SERVICES.collectionPath(namespace),
                Map.of("labelSelector", "kubernetes.io/cluster-service=true"), KubeApi.ACCEPT_JSON, ctx.deadline());
        String host = ctx.api().serverUrl();
        StringBuilder out = new StringBuilder();
        line(out, "Kubernetes control plane", host);
        for (JsonNode service : services.path("items")) {
            String name = KubeObject.name(service);
            String label = service.path("metadata").path("labels").path("kubernetes.io/name").asText("");
            line(out, label.isEmpty() ? name : label, link(host, service));
        }
        out.append("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
        return new VerbResult(out.toString(), "", 0);
    }

    private static void line(StringBuilder out, String name, String link) {
        out.append(name).append(" is running at ").append(link).append('\n');
    }

    /** A load balancer's {@code http://ip:port} per port (space-terminated, as kubectl), else the proxy URL. */
    private static String link(String host, JsonNode service) {
        JsonNode ingress = service.path("status").path("loadBalancer").path("ingress").path(0);
        JsonNode ports = service.path("spec").path("ports");
        if (!ingress.isMissingNode()) {
            String ip = ingress.path("ip").asText("");
            String address = ip.isEmpty() ? ingress.path("hostname").asText("") : ip;
            StringBuilder links = new StringBuilder();
            ports.forEach(p -> links.append("http://").append(address).append(':').append(p.path("port").asInt())
                    .append(' '));
            return links.toString();
        }
        String name = KubeObject.name(service);
        if (!ports.isEmpty()) {
            JsonNode port = ports.get(0);
            String portName = port.path("name").asText("");
            boolean https = portName.equals("https") || port.path("port").asInt() == 443;
            name = https ? "https:" + name + ":" + portName : portName.isEmpty() ? name : name + ":" + portName;
        }
        return host + KnownTypes.SERVICES.subresourcePath(KubeObject.namespace(service), name, "proxy");
    }
}
