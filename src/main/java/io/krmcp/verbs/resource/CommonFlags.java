package io.krmcp.verbs.resource;

import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.output.NoCompatiblePrinterException;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.verbs.VerbException;

/**
 * The flags every verb that acts on resources spells the same way, declared once so their names, shorthands and
 * help read alike in every verb's spec, in the tool description and in {@code get_config}. The output flag belongs
 * to the printer families ({@code output.PrintFlags}), dry run to {@code verbs.DryRun}.
 */
public final class CommonFlags {

    public static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector, e.g. app=web,tier!=db")
            .shorthand('l');
    public static final FlagSpec FIELD_SELECTOR = FlagSpec.string("field-selector",
            "field selector, e.g. status.phase=Running");
    public static final FlagSpec ALL = FlagSpec.bool("all", "every object of the types in the namespace");
    public static final FlagSpec ALL_NAMESPACES = FlagSpec.bool("all-namespaces", "across all namespaces")
            .shorthand('A');
    public static final FlagSpec CHUNK_SIZE = FlagSpec.integer("chunk-size", "500",
            "objects fetched per page; 0 disables paging");
    public static final FlagSpec IGNORE_NOT_FOUND = FlagSpec.bool("ignore-not-found",
            "treat missing objects as success");

    private CommonFlags() {
    }

    /** The {@code -o} flag of a verb printing these families; its help lists their formats. */
    public static FlagSpec output(PrintFlags printing) {
        return FlagSpec.string("output", printing.help()).shorthand('o').dataWhen(printing::isTemplate);
    }

    /** {@code -o}'s value read by the verb's printer families, with kubectl's refusal. */
    public static OutputFormat outputFormat(ParsedCommand cmd, PrintFlags printing) throws VerbException {
        try {
            return printing.parse(cmd.string("output").orElse(""));
        } catch (NoCompatiblePrinterException e) {
            throw VerbException.usage(e.getMessage());
        }
    }

    /** {@code -n}, checked: a namespace is a DNS label. Empty when not given. */
    public static Optional<String> namespace(ParsedCommand cmd) throws VerbException {
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\": must be "
                    + KubeNames.namespaceRule());
        }
        return namespace;
    }

    /** {@code -l}, checked against the label selector grammar before anything is sent. Empty when not given. */
    public static Optional<String> selector(ParsedCommand cmd) throws VerbException {
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        if (selector.isPresent()) {
            LabelSelectorSyntax.check(selector.get());
        }
        return selector;
    }

    /** {@code --chunk-size}: 0 or more. */
    public static int chunkSize(ParsedCommand cmd) throws VerbException {
        int chunk = cmd.integer(CHUNK_SIZE.name()).orElse(500);
        if (chunk < 0) {
            throw VerbException.usage("error: --chunk-size must be 0 (no paging) or a positive number");
        }
        return chunk;
    }
}
