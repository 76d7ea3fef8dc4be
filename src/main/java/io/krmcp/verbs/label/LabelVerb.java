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

/** {@code kubectl label}: {@code labeled}, {@code unlabeled}, {@code modified} or {@code not labeled}, as kubectl says. */
public final class LabelVerb implements Verb {

    public static final VerbSpec SPEC = VerbSpec.writing("label", "add, change or remove labels (KEY=VALUE, KEY-)",
            MetadataEdit.FLAGS);
    private static final MetadataEdit.Kind KIND = new MetadataEdit.Kind("labels", "label", true);

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        return MetadataEdit.run(KIND, MetadataEdit.options(command, KIND, err), ctx, err, (added, removed) ->
                added > 0 && removed > 0 ? "modified" : added > 0 ? "labeled" : removed > 0 ? "unlabeled"
                        : "not labeled");
    }
}
