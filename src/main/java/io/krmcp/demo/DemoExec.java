package io.krmcp.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;

import io.krmcp.kube.model.KubeObject;

/**
 * {@code exec} in the demo: a WebSocket speaking the Kubernetes stream protocol (channel 1 stdout, 2 stderr, 3 the
 * exit status) with canned answers for the diagnostic commands an agent tries first ({@code env}, {@code hostname},
 * {@code ps}, {@code df}, {@code ls /}, {@code cat /etc/hostname|/etc/resolv.conf}); anything else fails as a
 * container without that binary would. A container that is not running refuses the upgrade, as the kubelet does.
 */
final class DemoExec {

    private static final Pattern PATH = Pattern.compile("/api/v1/namespaces/([a-z0-9-]+)/pods/([a-z0-9.-]+)/exec\\?(.*)");

    private final Function<String, Optional<JsonNode>> get;

    DemoExec(Function<String, Optional<JsonNode>> get) {
        this.get = get;
    }

    /** The exec answer for a path, or empty when the path is not an exec request. */
    Optional<MockResponse> answer(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String namespace = m.group(1);
        String podName = m.group(2);
        List<String> command = new ArrayList<>();
        String container = "";
        for (String param : m.group(3).split("&")) {
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equals("command")) {
                command.add(value);
            } else if (key.equals("container")) {
                container = value;
            }
        }
        Optional<JsonNode> pod = get.apply("/api/v1/namespaces/" + namespace + "/pods/" + podName);
        if (pod.isEmpty()) {
            return Optional.of(status(404, "NotFound", "pods \\\"" + podName + "\\\" not found"));
        }
        boolean running = false;
        for (JsonNode status : pod.get().path("status").path("containerStatuses")) {
            if (status.path("name").asText().equals(container) && status.path("state").has("running")) {
                running = true;
            }
        }
        if (!running) {
            return Optional.of(status(400, "BadRequest", "container not found (\\\"" + container + "\\\")"));
        }
        Output output = run(command, pod.get(), container);
        return Optional.of(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket socket, Response response) {
                if (!output.stdout().isEmpty()) {
                    socket.send(frame(1, output.stdout()));
                }
                if (!output.stderr().isEmpty()) {
                    socket.send(frame(2, output.stderr()));
                }
                socket.send(frame(3, output.exitCode() == 0 ? "{\"metadata\":{},\"status\":\"Success\"}"
                        : "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated with non-zero "
                        + "exit code\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":"
                        + "\"ExitCode\",\"message\":\"" + output.exitCode() + "\"}]}}"));
                socket.close(1000, "");
            }
        }));
    }

    private record Output(String stdout, String stderr, int exitCode) {
    }

    private static Output run(List<String> command, JsonNode pod, String container) {
        String name = KubeObject.name(pod);
        String namespace = KubeObject.namespace(pod);
        String first = command.isEmpty() ? "" : command.get(0);
        String arg = command.size() > 1 ? command.get(command.size() - 1) : "";
        return switch (first) {
            case "hostname" -> new Output(name + "\n", "", 0);
            case "env" -> new Output(env(pod, container, name), "", 0);
            case "ps" -> new Output("PID   USER     TIME  COMMAND\n    1 app       0:42 " + container + "\n   17 app    "
                    + "   0:00 " + String.join(" ", command) + "\n", "", 0);
            case "df" -> new Output("Filesystem           1K-blocks      Used Available Use% Mounted on\n"
                    + "overlay               102626232  48211340  49155628  50% /\n"
                    + "tmpfs                     65536         0     65536   0% /dev\n"
                    + "/dev/sda1             102626232  48211340  49155628  50% /etc/hosts\n", "", 0);
            case "ls" -> arg.isEmpty() || arg.equals("/") || arg.startsWith("-")
                    ? new Output("app\nbin\ndev\netc\nhome\nlib\nproc\nroot\nsys\ntmp\nusr\nvar\n", "", 0)
                    : new Output("", "ls: " + arg + ": No such file or directory\n", 1);
            case "cat" -> switch (arg) {
                case "/etc/hostname" -> new Output(name + "\n", "", 0);
                case "/etc/resolv.conf" -> new Output("search " + namespace + ".svc.cluster.local svc.cluster.local "
                        + "cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n", "", 0);
                default -> new Output("", "cat: can't open '" + arg + "': No such file or directory\n", 1);
            };
            default -> new Output("", "OCI runtime exec failed: exec failed: unable to start container process: "
                    + "exec: \"" + first + "\": executable file not found in $PATH: unknown\n", 126);
        };
    }

    private static String env(JsonNode pod, String container, String name) {
        StringBuilder out = new StringBuilder("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n")
                .append("HOSTNAME=").append(name).append('\n');
        for (JsonNode c : pod.path("spec").path("containers")) {
            if (c.path("name").asText().equals(container)) {
                for (JsonNode e : c.path("env")) {
                    if (e.has("value")) {
                        out.append(e.path("name").asText()).append('=').append(e.path("value").asText()).append('\n');
                    }
                }
            }
        }
        return out.append("KUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_SERVICE_PORT=443\nHOME=/root\n").toString();
    }

    private static byte[] frame(int channel, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[body.length + 1];
        framed[0] = (byte) channel;
        System.arraycopy(body, 0, framed, 1, body.length);
        return framed;
    }

    private static MockResponse status(int code, String reason, String message) {
        return new MockResponse().setResponseCode(code).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                + "\"status\":\"Failure\",\"message\":\"" + message + "\",\"reason\":\"" + reason + "\",\"code\":"
                + code + "}");
    }
}
