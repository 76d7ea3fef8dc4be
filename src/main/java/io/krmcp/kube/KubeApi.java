package io.krmcp.kube;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.LoggerFactory;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;

import io.krmcp.kube.model.KnownTypes;

/**
 * REST access to the API server through fabric8's pooled HTTP client, which carries the ServiceAccount or kubeconfig
 * credentials. Raw requests rather than typed DSL calls because the printer decides the Accept header (server-side
 * Tables) and the decoded tree feeds every printer without a typed round trip.
 */
public final class KubeApi {

    /** What kubectl sends for human output: a server-side Table, falling back to the plain object. */
    public static final String ACCEPT_TABLE =
            "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,"
                    + "application/json";
    public static final String ACCEPT_JSON = "application/json";

    /** Told the outcome of every request: its status, 0 when the server could not be reached, -1 on timeout. */
    @FunctionalInterface
    public interface Observer {
        void response(String method, int status);

        Observer NONE = (method, status) -> { };
    }

    /**
     * What the client does to every request and answer, whoever asks: whether Secret values are redacted as answers
     * are decoded, and the guard each request must pass before it is sent.
     */
    public record Protections(boolean redactSecrets, RequestGuard guard) {

        /** Redaction on, with the guard that keeps Secret values out of answers redaction cannot reach. */
        public static Protections standard(ObjectMapper json) {
            return new Protections(true, new SecretPatchGuard(json));
        }

        /** As {@code KUBECTL_REDACT_SECRETS} says, plus {@code extra} guards (namespaces, types). */
        public static Protections of(boolean redactSecrets, ObjectMapper json, RequestGuard extra) {
            return new Protections(redactSecrets, redactSecrets
                    ? RequestGuard.all(List.of(new SecretPatchGuard(json), extra)) : extra);
        }
    }

    private final Observer observer;
    private final ObjectMapper json;
    private final Protections protections;
    /** The client whose connection and readiness this one shares: itself, or the one it impersonates through. */
    private final KubeApi root;
    /** Impersonation headers every request carries; empty when the server acts as itself. */
    private final CallerIdentity caller;
    /** Passthrough clients by caller token: the root's only (views share it through {@link #root}). */
    private final TokenClients tokenClients;
    /** The client is built in the background at start (it takes about a second); the first request waits for it. */
    private final Supplier<KubernetesClient> clientSource;
    private volatile Connection connection;

    private record Connection(HttpClient http, String baseUrl, String hostPort) {
    }
    /** When the API server last answered at all (any status): readiness is about reachability, not RBAC. */
    private volatile long lastAnswerNanos = Long.MIN_VALUE;

    public KubeApi(KubernetesClient client, ObjectMapper json) {
        this(() -> client, json, Observer.NONE, Protections.standard(json));
    }

    /**
     * @param client supplies the client once, on first use (it may block while the client is being built)
     * @param protections applied to every request and answer
     */
    public KubeApi(Supplier<KubernetesClient> client, ObjectMapper json, Observer observer,
                   Protections protections) {
        this.clientSource = client;
        this.observer = observer;
        this.json = json;
        this.protections = protections;
        this.root = this;
        this.caller = null;
        this.tokenClients = new TokenClients();
    }

    private KubeApi(KubeApi root, CallerIdentity caller) {
        this.clientSource = root.clientSource;
        this.observer = root.observer;
        this.json = root.json;
        this.protections = root.protections;
        this.root = root;
        this.caller = caller;
        this.tokenClients = null;
    }

    /**
     * The same client acting for a caller: same connection, guard and redaction, every request with
     * {@code Impersonate-User} and {@code Impersonate-Group} (the server's own identity needs only the right to
     * impersonate).
     */
    public KubeApi impersonating(CallerIdentity who) {
        return new KubeApi(root, who);
    }

    /**
     * The client for a call acting for {@code who}: with the caller's own token when it has one (passthrough),
     * else impersonating it.
     */
    public KubeApi actingFor(CallerIdentity who) {
        return who.token().map(root::withToken).orElseGet(() -> impersonating(who));
    }

    /**
     * A client that authenticates with {@code token} and nothing else of the server's credentials, sharing the
     * guard and redaction; one per token, reused while the token is among the 64 most recent.
     */
    KubeApi withToken(String token) {
        return root.tokenClients.forToken(token, t -> {
            Config base = clientSource.get().getConfiguration();
            Config own = new ConfigBuilder(
                    Config.empty())
                    .withMasterUrl(base.getMasterUrl()).withCaCertData(base.getCaCertData())
                    .withCaCertFile(base.getCaCertFile()).withTrustCerts(base.isTrustCerts())
                    .withOauthToken(t).withRequestRetryBackoffLimit(0).build();
            return new KubernetesClientBuilder().withConfig(own).build();
        }, client -> new KubeApi(() -> client, json, observer, protections));
    }

    /** The impersonation headers on a request being built. */
    private HttpRequest.Builder identify(HttpRequest.Builder builder) {
        if (caller != null) {
            builder.header("Impersonate-User", caller.username());
            for (String group : caller.groups()) {
                builder.header("Impersonate-Group", group);
            }
        }
        return builder;
    }

    private Connection connection() {
        if (root != this) {
            return root.connection();
        }
        Connection c = connection;
        if (c == null) {
            synchronized (this) {
                c = connection;
                if (c == null) {
                    KubernetesClient client = clientSource.get();
                    String master = client.getMasterUrl().toString();
                    String base = master.endsWith("/") ? master.substring(0, master.length() - 1) : master;
                    URI uri = URI.create(base);
                    // No hidden retries: fabric8 re-sends 429 and 5xx answers with backoff for up to ~20 s, which
                    // would eat the call's deadline and hide a PodDisruptionBudget's 429 from drain. kubectl's
                    // callers decide themselves whether to retry.
                    RequestConfig once = new io.fabric8.kubernetes.client
                            .RequestConfigBuilder(client.getConfiguration().getRequestConfig())
                            .withRequestRetryBackoffLimit(0).build();
                    c = new Connection(client.getHttpClient().newBuilder().tag(once).build(), base,
                            uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
                    connection = c;
                }
            }
        }
        return c;
    }

    /**
     * How much of a read's answer is built. A real server's objects (and Table rows' metadata) carry managedFields:
     * two thirds of a Deployment pod's row, a third of its object, and nothing a table, a describer, a verb or
     * {@code -o json|yaml} prints unless asked. Skipping them while parsing keeps a page of 500 pods from costing
     * several times the heap it needs; a printer that reads a few fields of each item ({@code -o name}, a template)
     * has the items decoded with those alone.
     *
     * @param managedFields whether {@code managedFields} members are kept
     * @param items what is kept of each item of a list ({@code items}); the fields the request guard and redaction
     *              read (kind, name, namespace) are always kept
     */
    public record Answer(boolean managedFields, Projection items) {
        /** Everything the server sent: for printers that may show managedFields (templates, custom columns). */
        public static final Answer WHOLE = new Answer(true, Projection.all());
        /** Every {@code managedFields} member left out as the answer is parsed: what every other reader gets. */
        public static final Answer WITHOUT_MANAGED_FIELDS = new Answer(false, Projection.all());

        public static Answer wholeIf(boolean whole) {
            return whole ? WHOLE : WITHOUT_MANAGED_FIELDS;
        }

        /** Without managedFields, and of each list item only these fields (and those the protections read). */
        public static Answer itemsWith(Projection fields) {
            return new Answer(false, fields.union(PROTECTED_FIELDS));
        }
    }

    /** What {@link NamespaceGuard} and {@link SecretRedactor} read of a listed object, whatever a printer projects. */
    private static final Projection PROTECTED_FIELDS = Projection.of(List.of(List.of("kind"), List.of("apiVersion"),
            List.of("metadata", "name"), List.of("metadata", "namespace")));

    private JsonNode read(byte[] body, Answer answer) throws IOException {
        Optional<TokenFilter> filter = AnswerFilter.of(answer);
        if (filter.isEmpty()) {
            return json.readTree(body);
        }
        JsonNode tree = json.readTree(new FilteringParserDelegate(json.createParser(body), filter.get(),
                TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true));
        return tree == null ? json.missingNode() : tree;
    }

    /** GETs a path and decodes the JSON body without managedFields; a non-2xx answer becomes an {@link ApiException}. */
    public JsonNode get(String path, Map<String, String> query, String accept, Deadline deadline)
            throws ApiException, CallTimeoutException {
        return get(path, query, accept, Answer.WITHOUT_MANAGED_FIELDS, deadline);
    }

    /** GETs a path and decodes as much of the JSON body as asked; a non-2xx answer becomes an {@link ApiException}. */
    public JsonNode get(String path, Map<String, String> query, String accept, Answer answer, Deadline deadline)
            throws ApiException, CallTimeoutException {
        ApiPath target = guard("GET", path, null, null);
        if ("None".equals(query.get("includeObject")) && protections.guard().readsRowMetadata(target)) {
            query = new LinkedHashMap<>(query);
            query.put("includeObject", "Metadata");
        }
        Connection c = connection();
        HttpRequest request = identify(c.http().newHttpRequestBuilder()
                .uri(c.baseUrl() + path + queryString(query))
                .header("Accept", accept))
                .build();
        HttpResponse<byte[]> response = send(request, deadline);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (!response.isSuccessful()) {
            throw errorFrom(response.code(), body, target);
        }
        try {
            JsonNode decoded = decoded(target, read(body, accept.equals(ACCEPT_TABLE)
                    ? Answer.WITHOUT_MANAGED_FIELDS : answer));
            deadline.withheld(protections.guard().withhold("GET", target, decoded));
            return decoded;
        } catch (IOException e) {
            throw new ApiException(response.code(), "BadResponse",
                    "error: the server returned a response that is not JSON for " + path);
        }
    }

    /**
     * Sends a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) with a JSON body and decodes the
     * answer; a non-2xx answer becomes an {@link ApiException}.
     *
     * @param contentType the body's media type (for PATCH it names the patch strategy)
     */
    public JsonNode send(String method, String path, Map<String, String> query, String contentType, String body,
                         Deadline deadline) throws ApiException, CallTimeoutException {
        ApiPath target = guard(method, path, contentType, body);
        Connection c = connection();
        HttpRequest request = identify(c.http().newHttpRequestBuilder()
                .uri(c.baseUrl() + path + queryString(query))
                .header("Accept", ACCEPT_JSON)
                .method(method, contentType, body))
                .build();
        HttpResponse<byte[]> response = send(request, deadline);
        byte[] answer = response.body() == null ? new byte[0] : response.body();
        if (!response.isSuccessful()) {
            throw errorFrom(response.code(), answer, target);
        }
        try {
            return answer.length == 0 ? json.createObjectNode() : decoded(target, json.readTree(answer));
        } catch (IOException e) {
            throw new ApiException(response.code(), "BadResponse",
                    "error: the server returned a response that is not JSON for " + path);
        }
    }

    /**
     * Every item of a list, following {@code continue} tokens page by page ({@code limit} = chunk; 0 asks for all
     * at once), as kubectl's {@code FollowContinue}.
     */
    public List<JsonNode> listAll(String path, Map<String, String> query, int chunk, Deadline deadline)
            throws ApiException, CallTimeoutException {
        return listAll(path, query, chunk, Answer.WITHOUT_MANAGED_FIELDS, deadline);
    }

    /** {@link #listAll(String, Map, int, Deadline)} decoding as much of each page as asked. */
    public List<JsonNode> listAll(String path, Map<String, String> query, int chunk, Answer answer,
                                  Deadline deadline) throws ApiException, CallTimeoutException {
        List<JsonNode> items = new ArrayList<>();
        pages(path, query, ACCEPT_JSON, answer, chunk, deadline, body -> {
            body.path("items").forEach(items::add);
            return true;
        });
        return items;
    }

    /** Receives each page of a list in turn. */
    @FunctionalInterface
    public interface PageHandler {
        /**
         * @return whether to fetch the next page, if there is one
         * @throws ApiException or CallTimeoutException from requests the handler makes about the page's items
         */
        boolean page(JsonNode body) throws ApiException, CallTimeoutException;
    }

    /**
     * The one paged list: {@code limit} and {@code continue} as kubectl's {@code --chunk-size} (0: one request for
     * everything), each page handed over as it arrives so a caller can stop early.
     *
     * @return true when the handler stopped while more pages were left
     */
    public boolean pages(String path, Map<String, String> query, String accept, int chunk, Deadline deadline,
                         PageHandler handler) throws ApiException, CallTimeoutException {
        return pages(path, query, accept, Answer.WITHOUT_MANAGED_FIELDS, chunk, deadline, handler);
    }

    /** {@link #pages(String, Map, String, int, Deadline, PageHandler)} decoding as much of each page as asked. */
    public boolean pages(String path, Map<String, String> query, String accept, Answer answer, int chunk,
                         Deadline deadline, PageHandler handler) throws ApiException, CallTimeoutException {
        Map<String, String> page = new LinkedHashMap<>(query);
        String token = "";
        do {
            if (chunk > 0) {
                page.put("limit", String.valueOf(chunk));
            }
            if (!token.isEmpty()) {
                page.put("continue", token);
            }
            JsonNode body = get(path, page, accept, answer, deadline);
            token = body.path("metadata").path("continue").asText("");
            if (!handler.page(body)) {
                return !token.isEmpty() && chunk > 0;
            }
        } while (!token.isEmpty() && chunk > 0);
        return false;
    }

    /** GETs a path whose body is text (container logs); a non-2xx answer becomes an {@link ApiException}. */
    public String getText(String path, Map<String, String> query, Deadline deadline)
            throws ApiException, CallTimeoutException {
        ApiPath target = guard("GET", path, null, null);
        Connection c = connection();
        HttpRequest request = identify(c.http().newHttpRequestBuilder()
                .uri(c.baseUrl() + path + queryString(query))
                .header("Accept", "*/*"))
                .build();
        HttpResponse<byte[]> response = send(request, deadline);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (!response.isSuccessful()) {
            throw errorFrom(response.code(), body, target);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest request, Deadline deadline)
            throws ApiException, CallTimeoutException {
        Connection c = connection();
        String method = request.method();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = c.http().sendAsync(request, byte[].class);
        } catch (RejectedExecutionException | IllegalStateException e) {
            // The client's I/O thread has ended (an OutOfMemoryError there ends it; Vert.x then rejects the task) or
            // the client is closed: no request can be sent again until the server restarts, so every call says so
            // instead of failing as an internal error.
            observer.response(method, 0);
            LoggerFactory.getLogger(KubeApi.class).error("the cluster client cannot send requests any more ({}); "
                    + "restart the server", e.toString());
            throw ApiException.clientBroken();
        }
        try {
            HttpResponse<byte[]> response = future.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            root.lastAnswerNanos = System.nanoTime();
            observer.response(method, response.code());
            return response;
        } catch (TimeoutException e) {
            future.cancel(true);
            observer.response(method, -1);
            throw new CallTimeoutException(deadline.total());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CallTimeoutException(deadline.total());
        } catch (ExecutionException e) {
            observer.response(method, 0);
            throw ApiException.unreachable(c.hostPort(), e.getCause() == null ? e : e.getCause());
        }
    }

    /** Reads the path and lets the guard refuse the request before anything is sent. */
    private ApiPath guard(String method, String path, String contentType, String body) {
        ApiPath target = ApiPath.parse(path);
        protections.guard().check(method, target, contentType, body);
        return target;
    }

    /** Every decoded answer passes here: redaction happens before any verb, sorter or printer sees it. */
    private JsonNode decoded(ApiPath target, JsonNode answer) {
        return protections.redactSecrets() ? SecretRedactor.redactAnswer(target, answer) : answer;
    }

    private ApiException errorFrom(int code, byte[] body, ApiPath target) {
        String reason = null;
        String message = null;
        try {
            JsonNode status = json.readTree(body);
            if (status != null && "Status".equals(status.path("kind").asText())) {
                reason = status.path("reason").asText(null);
                message = status.path("message").asText(null);
            }
        } catch (IOException ignored) {
            // not a Status: fall back to the HTTP status line below
        }
        if (message == null || message.isEmpty()) {
            message = "the server responded with the status code " + code + " but did not return more information";
        }
        return ApiException.fromServer(code, reason, ErrorScrubber.scrub(message, target));
    }

    static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            sb.append(sb.length() == 0 ? '?' : '&')
                    .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Whether the API server answered any request within {@code window}. */
    public boolean answeredWithin(Duration window) {
        long last = root.lastAnswerNanos;
        return last != Long.MIN_VALUE && System.nanoTime() - last <= window.toNanos();
    }

    /** Asks the API server for {@code /version}, to learn whether it answers; never throws. */
    public boolean probe(Duration budget) {
        try {
            getText("/version", Map.of(), Deadline.in(budget));
            return true;
        } catch (ApiException e) {
            return e.status() > 0;
        } catch (CallTimeoutException e) {
            return false;
        }
    }

    /**
     * Runs a command in a container (the {@code exec} subresource over a WebSocket) and captures its output within
     * the deadline.
     */
    public PodExec.Result exec(String namespace, String pod, String container, List<String> command,
                               int maxBytes, Deadline deadline) throws ApiException {
        guard("POST", KnownTypes.PODS.subresourcePath(namespace, pod, "exec"), null, null);
        if (caller == null) {
            return PodExec.run(clientSource.get(), namespace, pod, container, command, maxBytes, deadline);
        }
        // the exec stream is fabric8's own request: a client configured to impersonate the caller carries it
        KubernetesClient base = clientSource.get();
        try (KubernetesClient asCaller = new KubernetesClientBuilder().withConfig(
                new ConfigBuilder(base.getConfiguration())
                        .withImpersonateUsername(caller.username())
                        .withImpersonateGroups(caller.groups().toArray(String[]::new)).build()).build()) {
            return PodExec.run(asCaller, namespace, pod, container, command, maxBytes, deadline);
        }
    }

    /** The API server's URL as the client reaches it ({@code https://10.0.0.1:443}), no trailing slash. */
    public String serverUrl() {
        return connection().baseUrl();
    }

    public ObjectMapper json() {
        return json;
    }
}
