package io.krmcp.verbs.resource;

import java.util.List;

/** One type token as typed, with the names asked for (none: list or select). */
public record Target(String type, List<String> names) {
    public Target {
        names = List.copyOf(names);
    }
}
