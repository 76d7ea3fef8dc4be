package io.krmcp.verbs.label;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/** {@code kubectl annotate}: values are free text; kubectl says {@code annotated} whatever changed. */
public final class AnnotateVerb implements Verb {

    public static final VerbSpec SPEC = VerbSpec.writing("annotate",
            "add, change or remove annotations (KEY=VALUE, KEY-)", MetadataEdit.FLAGS);
    private static final MetadataEdit.Kind KIND = new MetadataEdit.Kind("annotations", "annotation", false);

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        return MetadataEdit.run(KIND, MetadataEdit.options(command, KIND, err), ctx, err,
                (added, removed) -> "annotated");
    }
}
