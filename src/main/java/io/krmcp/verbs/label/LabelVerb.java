package io.krmcp.verbs.label;

import io.krmcp.command.VerbSpec;

/** {@code kubectl label}: {@code TYPE NAME... KEY=VALUE... KEY-...}, values checked as label values. */
public final class LabelVerb extends MetadataEdit {

    public static final VerbSpec SPEC = VerbSpec.writing("label", "add, change or remove labels (KEY=VALUE, KEY-)",
            MetadataEdit.FLAGS);

    public LabelVerb() {
        super(SPEC, new Kind("labels", "label", true));
    }

    @Override
    String outcome(int added, int removed) {
        return added > 0 && removed > 0 ? "modified" : added > 0 ? "labeled" : removed > 0 ? "unlabeled"
                : "not labeled";
    }
}
