package io.krmcp.verbs.taint;

import java.util.List;

import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.resource.Selection;

/** A validated {@code kubectl taint}: the nodes, the taints to add and to remove. */
record TaintOptions(Selection nodes, List<Taint> add, List<Taint> remove, boolean overwrite, DryRun dryRun) {

    /** One taint; an empty effect in a removal means every effect of the key. */
    record Taint(String key, String value, String effect) {
    }
}
