package io.krmcp.verbs.patch;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;

/** {@code kubectl patch}'s flags and their validation into {@link PatchOptions}; the patch body is parsed here. */
public final class PatchFlags {

    /** The content type each {@code --type} is sent with. */
    static final Map<String, String> CONTENT_TYPES = Map.of(
            "json", "application/json-patch+json",
            "merge", "application/merge-patch+json",
            "strategic", "application/strategic-merge-patch+json");

    static final FlagSpec PATCH = FlagSpec.string("patch", "the patch, JSON or YAML (data: parsed, never executed)")
            .shorthand('p').data().sensitive();
    static final FlagSpec TYPE = FlagSpec.string("type", "json, merge or strategic").defaultValue("strategic");
    static final FlagSpec SUBRESOURCE = FlagSpec.string("subresource", "patch the status or scale subresource");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.DATA, PrinterFamily.NAME);

    public static final VerbSpec SPEC = VerbSpec.writing("patch", "update fields of a resource with a patch", PATCH,
            TYPE, SUBRESOURCE, CommonFlags.output(PRINTING), DryRun.FLAG);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PatchFlags() {
    }

    static PatchOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        String patchText = cmd.string(PATCH.name()).orElse("");
        if (patchText.isEmpty()) {
            throw VerbException.usage("error: must specify --patch or --patch-file containing the contents of the "
                    + "patch");
        }
        String type = cmd.string(TYPE.name()).orElse("strategic").toLowerCase(Locale.ROOT);
        if (!CONTENT_TYPES.containsKey(type)) {
            throw VerbException.usage("error: --type must be one of [json merge strategic], not \""
                    + cmd.string(TYPE.name()).orElse("") + "\"");
        }
        JsonNode patch = parse(patchText, type);
        Selection selection = Selection.of(cmd, cmd.positionals(), Selection.Need.NAMES);
        Optional<String> subresource = cmd.string(SUBRESOURCE.name()).filter(s -> !s.isEmpty());
        if (subresource.isPresent() && !List.of("status", "scale").contains(subresource.get())) {
            throw VerbException.usage("error: invalid subresource value: \"" + subresource.get()
                    + "\". Must be one of [status scale]");
        }
        OutputFormat output = CommonFlags.outputFormat(cmd, PRINTING);
        DryRun dryRun = DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings);
        if (dryRun == DryRun.CLIENT && !type.equals("merge")) {
            throw VerbException.usage("error: --dry-run=client applies patches locally only with --type merge; use "
                    + "--dry-run=server to have the API server apply a " + type + " patch without persisting it");
        }
        return new PatchOptions(selection, CommonFlags.namespace(cmd), type, patch, subresource, output, dryRun);
    }

    /**
     * {@code yaml.ToJSON} as kubectl reads {@code -p}: JSON or YAML, one document. A JSON patch must be a list of
     * operations, the other types an object.
     */
    static JsonNode parse(String text, String type) throws VerbException {
        JsonNode patch;
        try {
            patch = YAML.readTree(text);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            throw VerbException.usage("error: unable to parse \"" + text + "\": " + reason);
        }
        if (patch == null || patch.isMissingNode()) {
            throw VerbException.usage("error: unable to parse \"" + text + "\": the patch is empty");
        }
        if (type.equals("json") && !patch.isArray()) {
            throw VerbException.usage("error: unable to parse \"" + text + "\": a json patch is a list of operations,"
                    + " e.g. [{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":3}]");
        }
        if (!type.equals("json") && !patch.isObject()) {
            throw VerbException.usage("error: unable to parse \"" + text + "\": a " + type
                    + " patch is an object, e.g. {\"spec\":{\"replicas\":3}}");
        }
        return patch;
    }
}
