package io.krmcp.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RBAC rules as kubectl lists them ({@code describe role}, {@code auth can-i --list}): every rule broken down to one
 * group, resource, verb and name ({@code rbac.BreakdownRule}), the simple ones merged back per resource, their verbs
 * in order of appearance ({@code CompactRules}), sorted by the text of Go's {@code PolicyRule.String()} (so by verbs
 * first), resources shown as {@code resource.group/subresource}.
 */
public final class PolicyRules {

    /** One line of the table: Resources, Non-Resource URLs, Resource Names, Verbs. */
    public record Row(String resources, String nonResourceUrls, String resourceNames, String verbs) {
    }

    private record Rule(List<String> verbs, List<String> groups, List<String> resources, List<String> names,
                        List<String> urls) {

        /** Go's generated {@code String()}, the sort key: {@code &PolicyRule{Verbs:[get list],APIGroups:[],...}}. */
        String goString() {
            return "&PolicyRule{Verbs:" + go(verbs) + ",APIGroups:" + go(groups) + ",Resources:" + go(resources)
                    + ",ResourceNames:" + go(names) + ",NonResourceURLs:" + go(urls) + ",}";
        }
    }

    private PolicyRules() {
    }

    /**
     * @param rules objects with {@code verbs}, {@code apiGroups}, {@code resources}, {@code resourceNames} and
     *     {@code nonResourceURLs} (a Role's rules, or a rules review's resource and non-resource rules)
     */
    public static List<Row> rows(Iterable<JsonNode> rules) {
        List<Rule> broken = new ArrayList<>();
        for (JsonNode r : rules) {
            List<String> names = texts(r.path("resourceNames"));
            List<String> verbs = texts(r.path("verbs"));
            for (String group : texts(r.path("apiGroups"))) {
                for (String resource : texts(r.path("resources"))) {
                    for (String verb : verbs) {
                        if (names.isEmpty()) {
                            broken.add(new Rule(List.of(verb), List.of(group), List.of(resource), List.of(),
                                    List.of()));
                        }
                        for (String name : names) {
                            broken.add(new Rule(List.of(verb), List.of(group), List.of(resource), List.of(name),
                                    List.of()));
                        }
                    }
                }
            }
            for (String url : texts(r.path("nonResourceURLs"))) {
                for (String verb : verbs) {
                    broken.add(new Rule(List.of(verb), List.of(), List.of(), List.of(), List.of(url)));
                }
            }
        }
        List<Rule> compact = new ArrayList<>();
        Map<List<String>, List<String>> simple = new LinkedHashMap<>();
        for (Rule rule : broken) {
            if (rule.urls().isEmpty()) {
                List<String> verbs = simple.computeIfAbsent(List.of(rule.groups().get(0), rule.resources().get(0),
                        String.join("", rule.names()), String.valueOf(!rule.names().isEmpty())), k -> new ArrayList<>());
                if (!verbs.contains(rule.verbs().get(0))) {
                    verbs.add(rule.verbs().get(0));
                }
            } else {
                compact.add(rule);
            }
        }
        simple.forEach((key, verbs) -> compact.add(new Rule(verbs, List.of(key.get(0)), List.of(key.get(1)),
                key.get(3).equals("true") ? List.of(key.get(2)) : List.of(), List.of())));
        compact.sort(Comparator.comparing(Rule::goString));
        List<Row> rows = new ArrayList<>();
        for (Rule rule : compact) {
            rows.add(new Row(resourceGroup(rule), go(rule.urls()), go(rule.names()), go(rule.verbs())));
        }
        return rows;
    }

    /** kubectl's {@code CombineResourceGroup}: {@code deployments.apps/scale}. */
    private static String resourceGroup(Rule rule) {
        if (rule.resources().isEmpty()) {
            return "";
        }
        String[] parts = rule.resources().get(0).split("/", 2);
        String combined = parts[0];
        if (!rule.groups().isEmpty() && !rule.groups().get(0).isEmpty()) {
            combined += "." + rule.groups().get(0);
        }
        return parts.length == 2 ? combined + "/" + parts[1] : combined;
    }

    /** Go's {@code %v} of a string slice: {@code [a b]}. */
    private static String go(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
