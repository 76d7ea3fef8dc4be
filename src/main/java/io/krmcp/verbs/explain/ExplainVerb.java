package io.krmcp.verbs.explain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.output.explain.ExplainPrinter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl explain RESOURCE[.FIELD...]}: the type's documentation from the server's OpenAPI v3 document for
 * its group version, with {@code --recursive}, {@code --max-depth} and {@code --api-version}. The longest dotted prefix
 * that names a type is the resource ({@code deployments.apps.spec} is {@code spec} of {@code deployments.apps}).
 */
public final class ExplainVerb extends Verb<ExplainVerb.Options> {

    static final FlagSpec RECURSIVE = FlagSpec.bool("recursive", "field names of every level, without descriptions")
            .shorthand('R');
    static final FlagSpec API_VERSION = FlagSpec.string("api-version", "another group/version of the type, e.g. "
            + "autoscaling/v1");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.PLAINTEXT).refusing(format -> "error: --output "
            + format + " is not available: explain prints plaintext from the server's OpenAPI v3 document");
    static final FlagSpec MAX_DEPTH = FlagSpec.integer("max-depth", "0", "with --recursive: levels to print, 0 for "
            + "all");
    /**
     * Documents are large (core/v1 is over a megabyte of JSON, several times that as a tree): two at a time bound the
     * heap whatever the number of calls in flight.
     */
    private static final Semaphore DOCUMENTS = new Semaphore(2);

    public static final VerbSpec SPEC = VerbSpec.reading("explain", "document a type or field from the server's "
            + "OpenAPI schema", RECURSIVE, API_VERSION, CommonFlags.output(PRINTING), MAX_DEPTH);

    /** A validated {@code kubectl explain}: {@code TYPE[.FIELD...]}, the version asked for, the depth. */
    record Options(String path, Optional<String> apiVersion, boolean recursive, int maxDepth) {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        List<String> args = command.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage("error: You must specify the type of resource to explain. Use "
                    + "\"kubectl api-resources\" for a complete list of supported resources.");
        }
        if (args.size() > 1) {
            throw VerbException.usage("error: We accept only this format: explain RESOURCE");
        }
        int maxDepth = command.integer(MAX_DEPTH.name()).orElse(0);
        boolean recursive = command.bool(RECURSIVE.name());
        if (maxDepth > 0 && !recursive) {
            throw VerbException.usage("error: --max-depth requires --recursive");
        }
        if (maxDepth < 0) {
            throw VerbException.usage("error: --max-depth must be non-negative");
        }
        CommonFlags.outputFormat(command, PRINTING);
        return new Options(args.get(0), command.string(API_VERSION.name()).filter(s -> !s.isEmpty()), recursive,
                maxDepth);
    }

    public ExplainVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        boolean recursive = options.recursive();
        int maxDepth = options.maxDepth();
        String[] tokens = options.path().split("\\.", -1);
        ResourceType type = null;
        int used = 0;
        for (int i = tokens.length; i >= 1 && type == null; i--) {
            try {
                type = ctx.types().resolve(String.join(".", Arrays.copyOfRange(tokens, 0, i))
                        .toLowerCase(Locale.ROOT), ctx.deadline().remaining());
                used = i;
            } catch (UnknownResourceTypeException e) {
                // a shorter prefix may still name the type
            }
        }
        if (type == null) {
            throw new UnknownResourceTypeException(tokens[0]);
        }
        String group = type.group();
        String version = type.version();
        String apiVersion = options.apiVersion().orElse("");
        if (!apiVersion.isEmpty()) {
            int slash = apiVersion.indexOf('/');
            group = slash < 0 ? "" : apiVersion.substring(0, slash);
            version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        }
        List<String> fieldPath = Arrays.asList(Arrays.copyOfRange(tokens, used, tokens.length));
        try {
            if (!DOCUMENTS.tryAcquire(ctx.deadline().remaining().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CallTimeoutException(ctx.deadline().total());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallTimeoutException(ctx.deadline().total());
        }
        try {
            JsonNode document = document(ctx, group, version, type.plural());
            return new VerbResult(ExplainPrinter.render(document, new ExplainPrinter.Request(group, version,
                    type.plural(), fieldPath, recursive, maxDepth)), "", 0);
        } catch (ExplainPrinter.ExplainException e) {
            throw new VerbException(e.getMessage());
        } finally {
            DOCUMENTS.release();
        }
    }

    /** The group version's document, found through the {@code /openapi/v3} index (its URL carries a content hash). */
    private static JsonNode document(VerbContext ctx, String group, String version, String resource)
            throws VerbException, ApiException, CallTimeoutException {
        JsonNode index;
        try {
            index = ctx.api().get("/openapi/v3", Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        } catch (ApiException e) {
            if (e.isNotFound()) {
                throw new VerbException("error: the server does not publish OpenAPI v3 (/openapi/v3), which explain "
                        + "reads; Kubernetes serves it from 1.27");
            }
            throw e;
        }
        String key = group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
        String url = index.path("paths").path(key).path("serverRelativeURL").asText("");
        if (url.isEmpty()) {
            throw new VerbException("error: couldn't find resource for \"" + group + "/" + version + ", Resource="
                    + resource + "\"");
        }
        URI uri = URI.create(url);
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return ctx.api().get(uri.getRawPath(), query, KubeApi.ACCEPT_JSON, ctx.deadline());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
