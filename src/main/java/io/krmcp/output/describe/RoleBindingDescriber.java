package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's RoleBinding and ClusterRoleBinding describers: the role it grants and to whom. */
public final class RoleBindingDescriber implements Describer {

    @Override
    public String describe(JsonNode binding, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(binding) + "\n");
        DescribeSections.labels(w, "Labels", binding.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", binding.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Role:\n");
        w.write(LEVEL_1, "Kind:\t" + Fields.text(binding, "roleRef", "kind") + "\n");
        w.write(LEVEL_1, "Name:\t" + Fields.text(binding, "roleRef", "name") + "\n");
        w.write(LEVEL_0, "Subjects:\n");
        w.write(LEVEL_1, "Kind\tName\tNamespace\n");
        w.write(LEVEL_1, "----\t----\t---------\n");
        for (JsonNode s : binding.path("subjects")) {
            w.write(LEVEL_1, s.path("kind").asText("") + "\t" + s.path("name").asText("") + "\t"
                    + s.path("namespace").asText("") + "\n");
        }
        return w.toString();
    }
}
