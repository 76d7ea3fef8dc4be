package io.krmcp.verbs.delete;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.get.GetFlags;
import io.krmcp.verbs.get.GetOptions;

/** {@code kubectl delete}'s flags and their validation into {@link DeleteOptions}, with kubectl's messages. */
public final class DeleteFlags {

    static final FlagSpec ALL = FlagSpec.bool("all", "delete all resources of the type in the namespace");
    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector, e.g. app=web").shorthand('l');
    static final FlagSpec FIELD_SELECTOR = FlagSpec.string("field-selector", "field selector, e.g. status.phase=Failed");
    static final FlagSpec ALL_NAMESPACES = FlagSpec.bool("all-namespaces", "with -l or --all, across all namespaces")
            .shorthand('A');
    static final FlagSpec GRACE_PERIOD = FlagSpec.integer("grace-period", "-1",
            "seconds given to terminate gracefully; -1 uses the object's default, 0 only with --force");
    static final FlagSpec FORCE = FlagSpec.bool("force", "delete at once without waiting for termination");
    static final FlagSpec NOW = FlagSpec.bool("now", "signal immediate shutdown (same as --grace-period=1)");
    static final FlagSpec CASCADE = FlagSpec.string("cascade", "background, foreground or orphan dependents")
            .defaultValue("background").bare("background");
    static final FlagSpec IGNORE_NOT_FOUND = FlagSpec.bool("ignore-not-found",
            "treat missing objects as success (the default with -l, --field-selector or --all)");
    static final FlagSpec WAIT = FlagSpec.bool("wait", "wait for the objects to be gone, within the call's deadline")
            .defaultValue("true");
    static final FlagSpec OUTPUT = FlagSpec.string("output", "name: print only TYPE/NAME").shorthand('o');

    public static final VerbSpec SPEC = VerbSpec.writing("delete", "delete resources by name, label or field selector",
            ALL, SELECTOR, FIELD_SELECTOR, ALL_NAMESPACES, GRACE_PERIOD, FORCE, NOW, CASCADE, IGNORE_NOT_FOUND, WAIT,
            OUTPUT, DryRun.FLAG);

    private DeleteFlags() {
    }

    /** kubectl's {@code Complete} and {@code Validate}; warnings kubectl prints go to {@code warnings}. */
    static DeleteOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        List<String> args = cmd.positionals();
        if (args.isEmpty()) {
            throw VerbException.usage(GetFlags.NO_RESOURCES);
        }
        String output = cmd.string(OUTPUT.name()).orElse("");
        if (!output.isEmpty() && !output.equals("name")) {
            throw VerbException.usage("error: unexpected -o output mode: " + output + ". We only support '-o name'");
        }
        List<GetOptions.Target> targets = GetFlags.targets(args);
        Optional<String> selector = cmd.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        Optional<String> fieldSelector = cmd.string(FIELD_SELECTOR.name()).filter(s -> !s.isEmpty());
        boolean all = cmd.bool(ALL.name());
        boolean named = targets.stream().anyMatch(t -> !t.names().isEmpty());
        if (all && selector.isPresent()) {
            throw VerbException.usage("error: cannot set --all and --selector at the same time");
        }
        if (all && fieldSelector.isPresent()) {
            throw VerbException.usage("error: cannot set --all and --field-selector at the same time");
        }
        if (named && (selector.isPresent() || fieldSelector.isPresent())) {
            throw VerbException.usage("error: name cannot be provided when a selector is specified");
        }
        if (named && all) {
            throw VerbException.usage("error: setting 'all' parameter but found a non empty selector.");
        }
        boolean allNamespaces = cmd.bool(ALL_NAMESPACES.name());
        if (named && allNamespaces) {
            throw VerbException.usage(GetFlags.NAME_ACROSS_NAMESPACES);
        }
        if (!named && !all && selector.isEmpty() && fieldSelector.isEmpty()) {
            throw VerbException.usage("error: resource(s) were provided, but no name was specified");
        }
        int grace = cmd.integer(GRACE_PERIOD.name()).orElse(-1);
        boolean force = cmd.bool(FORCE.name());
        if (cmd.bool(NOW.name())) {
            if (grace != -1) {
                throw VerbException.usage("error: --now and --grace-period cannot be specified together");
            }
            grace = 1;
        }
        if (grace == 0 && !force) {
            grace = 1; // kubectl's guard against accidental data loss: --grace-period=0 needs --force
        }
        if (force && grace < 0) {
            grace = 0;
        }
        if (grace > 0 && force) {
            throw VerbException.usage("error: --force and --grace-period greater than 0 cannot be specified together");
        }
        if (grace == 0 && force) {
            warnings.append("Warning: Immediate deletion does not wait for confirmation that the running resource has "
                    + "been terminated. The resource may continue to run on the cluster indefinitely.\n");
        }
        Optional<String> namespace = cmd.string(GlobalFlags.NAMESPACE.name()).filter(s -> !s.isEmpty());
        if (namespace.isPresent() && !KubeNames.isNamespace(namespace.get())) {
            throw VerbException.usage("error: invalid namespace \"" + namespace.get() + "\"");
        }
        boolean ignoreNotFound = cmd.has(IGNORE_NOT_FOUND.name()) ? cmd.bool(IGNORE_NOT_FOUND.name())
                : all || selector.isPresent() || fieldSelector.isPresent();
        return new DeleteOptions(targets, selector, fieldSelector, all, allNamespaces, namespace, grace,
                cascade(cmd.string(CASCADE.name()).orElse("background"), warnings), ignoreNotFound,
                cmd.bool(WAIT.name()), output.equals("name"), DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }

    /** {@code GetCascadingStrategy}: the propagation policy sent, with kubectl's handling of old booleans. */
    static String cascade(String value, StringBuilder warnings) throws VerbException {
        switch (value) {
            case "background":
                return "Background";
            case "foreground":
                return "Foreground";
            case "orphan":
                return "Orphan";
            case "true":
                warnings.append("W: --cascade=true is deprecated (boolean value) and can be replaced with "
                        + "--cascade=background.\n");
                return "Background";
            case "false":
                warnings.append("W: --cascade=false is deprecated (boolean value) and can be replaced with "
                        + "--cascade=orphan.\n");
                return "Orphan";
            default:
                throw VerbException.usage("error: invalid cascade value (" + value
                        + "). Must be \"background\", \"foreground\", or \"orphan\"");
        }
    }
}
