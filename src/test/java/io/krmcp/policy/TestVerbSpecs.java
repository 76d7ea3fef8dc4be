package io.krmcp.policy;

import java.util.Map;
import java.util.Optional;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.delete.DeleteFlags;
import io.krmcp.verbs.get.GetFlags;
import io.krmcp.verbs.patch.PatchFlags;
import io.krmcp.verbs.rollout.RolloutFlags;
import io.krmcp.verbs.run.RunFlags;

/**
 * Grammar for verbs the policy must judge before their implementations land (exec, drain, replace),
 * so the rule file's meaning-based matching is tested on the commands it exists for. Test-only: the server
 * registers a verb only with its implementation.
 */
final class TestVerbSpecs {

    private TestVerbSpecs() {
    }

    static final VerbSpec EXEC = VerbSpec.writing("exec", "run a command in a container",
            FlagSpec.string("container", "").shorthand('c'), FlagSpec.bool("stdin", "").shorthand('i'),
            FlagSpec.bool("tty", "").shorthand('t'));
    static final VerbSpec DRAIN = VerbSpec.writing("drain", "drain a node", FlagSpec.bool("ignore-daemonsets", ""),
            FlagSpec.bool("force", ""), FlagSpec.bool("delete-emptydir-data", ""), FlagSpec.string("pod-selector", ""),
            FlagSpec.bool("disable-eviction", ""), FlagSpec.string("dry-run", ""));
    static final VerbSpec REPLACE = VerbSpec.writing("replace", "replace a resource", FlagSpec.bool("force", ""),
            FlagSpec.string("filename", "").shorthand('f'));

    /** A reading verb whose {@code -o} takes templates, as {@code get} will once jsonpath lands. */
    static final VerbSpec EVENTS = VerbSpec.reading("events", "list events", FlagSpec.string("output", "")
            .shorthand('o').dataWhen(v -> v.startsWith("jsonpath=") || v.startsWith("custom-columns=")),
            FlagSpec.bool("all-namespaces", "").shorthand('A'));

    private static final Map<String, VerbSpec> ALL = Map.of("get", GetFlags.SPEC, "delete", DeleteFlags.SPEC, "exec", EXEC,
            "drain", DRAIN, "rollout", RolloutFlags.SPEC, "run", RunFlags.SPEC, "replace", REPLACE, "patch", PatchFlags.SPEC, "events", EVENTS);

    static Optional<VerbSpec> spec(String verb) {
        return Optional.ofNullable(ALL.get(verb));
    }
}
