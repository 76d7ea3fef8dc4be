package io.krmcp.verbs.version;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.config.Version;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.output.YamlPrinter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;

/**
 * {@code kubectl version}: the server's {@code /version}, and as the client this server itself (there is no kubectl
 * binary to report, and naming one would mislead an agent reasoning about version skew).
 */
public final class VersionVerb extends Verb<VersionVerb.Options> {

    static final FlagSpec CLIENT = FlagSpec.bool("client", "this server's version only (no API call)");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.DATA)
            .refusing(format -> "error: --output must be 'yaml' or 'json'");
    public static final VerbSpec SPEC = VerbSpec.reading("version", "the server's Kubernetes version", CLIENT,
            CommonFlags.output(PRINTING));

    /** A validated {@code kubectl version}. */
    record Options(boolean clientOnly, OutputFormat output) {
    }

    static Options toOptions(ParsedCommand command) throws VerbException {
        VerbException.requireNoArguments(command);
        return new Options(command.bool(CLIENT.name()), CommonFlags.outputFormat(command, PRINTING));
    }

    public VersionVerb() {
        super(SPEC, (command, warnings) -> toOptions(command));
    }

    @Override
    protected VerbResult run(Options options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException {
        String client = "kubernetes-remediation-mcp/" + Version.get();
        ObjectNode all = ctx.api().json().createObjectNode();
        all.putObject("clientVersion").put("gitVersion", client).put("platform", System.getProperty("os.name")
                .toLowerCase(Locale.ROOT) + "/" + System.getProperty("os.arch"));
        JsonNode server = null;
        if (!options.clientOnly()) {
            server = ctx.api().get("/version", Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
            all.set("serverVersion", server);
        }
        return switch (options.output().name()) {
            case "json" -> new VerbResult(json(ctx, all) + "\n", "", 0);
            case "yaml" -> new VerbResult(new YamlPrinter().print(all), "", 0);
            default -> new VerbResult("Client Version: " + client + "\n"
                    + (server == null ? "" : "Server Version: " + server.path("gitVersion").asText("") + "\n"), "", 0);
        };
    }

    /** Go's {@code json.MarshalIndent(v, "", "  ")}: two spaces, {@code "key": value}, fields in the server's order. */
    private static String json(VerbContext ctx, JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return ctx.api().json().writer(printer).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
