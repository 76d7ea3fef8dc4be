package io.krmcp.verbs.auth;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.PolicyRules;
import io.krmcp.output.table.TabWriter;

/** The {@code auth can-i --list} table: a rules review's resource and non-resource rules, as kubectl lists them. */
final class RulesTable {

    private RulesTable() {
    }

    static String render(JsonNode status) {
        List<JsonNode> rules = new ArrayList<>();
        status.path("resourceRules").forEach(rules::add);
        status.path("nonResourceRules").forEach(rules::add);
        TabWriter table = new TabWriter();
        table.add(List.of("Resources", "Non-Resource URLs", "Resource Names", "Verbs"));
        for (PolicyRules.Row row : PolicyRules.rows(rules)) {
            table.add(List.of(row.resources(), row.nonResourceUrls(), row.resourceNames(), row.verbs()));
        }
        StringBuilder out = new StringBuilder();
        table.writeTo(out);
        return out.toString();
    }
}
