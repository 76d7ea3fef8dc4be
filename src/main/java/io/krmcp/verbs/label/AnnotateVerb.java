package io.krmcp.verbs.label;

import io.krmcp.command.VerbSpec;

/** {@code kubectl annotate}: {@code TYPE NAME... KEY=VALUE... KEY-...}; any value, kubectl says annotated. */
public final class AnnotateVerb extends MetadataEdit {

    public static final VerbSpec SPEC = VerbSpec.writing("annotate",
            "add, change or remove annotations (KEY=VALUE, KEY-)", MetadataEdit.FLAGS);

    public AnnotateVerb() {
        super(SPEC, new Kind("annotations", "annotation", false));
    }

    @Override
    String outcome(int added, int removed) {
        return "annotated";
    }
}
