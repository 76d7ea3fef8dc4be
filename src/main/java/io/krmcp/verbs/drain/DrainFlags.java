package io.krmcp.verbs.drain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GoDuration;
import io.krmcp.command.ParsedCommand;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;
import io.krmcp.verbs.workload.NodeTargets;

/** {@code kubectl drain}'s options, read and checked once. */
record DrainFlags(boolean force, boolean ignoreDaemonSets, boolean deleteEmptyDirData, int gracePeriodSeconds,
                  Duration timeout, Optional<String> podSelector, boolean disableEviction,
                  int skipWaitForDeleteTimeoutSeconds, int chunkSize, DryRun dryRun, Selection nodes) {

    static final FlagSpec FORCE = FlagSpec.bool("force", "also delete pods that declare no controller");
    static final FlagSpec IGNORE_DAEMONSETS = FlagSpec.bool("ignore-daemonsets", "leave DaemonSet-managed pods");
    static final FlagSpec DELETE_EMPTYDIR_DATA = FlagSpec.bool("delete-emptydir-data",
            "also evict pods using emptyDir (their local data is lost)");
    static final FlagSpec GRACE_PERIOD = FlagSpec.integer("grace-period", "-1",
            "seconds each pod gets to terminate; negative: the pod's own");
    static final FlagSpec TIMEOUT = FlagSpec.duration("timeout", "0s",
            "give up after this long; 0: the call's deadline (KUBECTL_TIMEOUT) bounds it anyway");
    static final FlagSpec POD_SELECTOR = FlagSpec.string("pod-selector", "only pods matching this label selector");
    static final FlagSpec DISABLE_EVICTION = FlagSpec.bool("disable-eviction",
            "delete instead of evicting, bypassing PodDisruptionBudgets (a dangerous flag by default)");
    static final FlagSpec SKIP_WAIT = FlagSpec.integer("skip-wait-for-delete-timeout", "0",
            "stop waiting for pods deleted more than N seconds ago");
    static final FlagSpec CHUNK_SIZE = FlagSpec.integer("chunk-size", "500", "pods per API page");

    static final FlagSpec[] ALL = {FORCE, IGNORE_DAEMONSETS, DELETE_EMPTYDIR_DATA, GRACE_PERIOD, TIMEOUT,
        POD_SELECTOR, DISABLE_EVICTION, SKIP_WAIT, CHUNK_SIZE, DryRun.FLAG, CommonFlags.SELECTOR};

    /** {@code --skip-wait-for-delete-timeout}: the pod was deleted more than that many seconds ago. */
    boolean deletedLongAgo(JsonNode pod, Instant now) {
        String deleted = pod.path("metadata").path("deletionTimestamp").asText("");
        return skipWaitForDeleteTimeoutSeconds > 0 && !deleted.isEmpty()
                && Duration.between(Instant.parse(deleted), now).getSeconds() > skipWaitForDeleteTimeoutSeconds;
    }

    static DrainFlags of(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        Optional<String> selector = CommonFlags.selector(cmd);
        if (cmd.positionals().isEmpty() && selector.isEmpty()) {
            throw VerbException.usage("error: USAGE: drain NODE [flags]");
        }
        if (!cmd.positionals().isEmpty() && selector.isPresent()) {
            throw VerbException.usage("error: cannot specify both a node name and a --selector option");
        }
        Duration timeout = GoDuration.parse(cmd.string(TIMEOUT.name()).orElse("0s"));
        return new DrainFlags(cmd.bool(FORCE.name()), cmd.bool(IGNORE_DAEMONSETS.name()),
                cmd.bool(DELETE_EMPTYDIR_DATA.name()), cmd.integer(GRACE_PERIOD.name()).orElse(-1), timeout,
                cmd.string(POD_SELECTOR.name()).filter(s -> !s.isEmpty()), cmd.bool(DISABLE_EVICTION.name()),
                cmd.integer(SKIP_WAIT.name()).orElse(0), cmd.integer(CHUNK_SIZE.name()).orElse(500),
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings),
                NodeTargets.selection(cmd.positionals(), selector));
    }
}
