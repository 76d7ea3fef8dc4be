package io.krmcp.verbs.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.krmcp.verbs.VerbException;

/**
 * Checks a label selector client-side, as kubectl does with {@code labels.Parse}, so a malformed selector fails with
 * a clear message instead of a server round trip; the server still evaluates it (set-based forms included).
 */
final class LabelSelectorSyntax {

    private static final String KEY = "([a-z0-9A-Z]([-a-z0-9A-Z.]{0,251}[a-z0-9A-Z])?/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]{0,61}[a-z0-9A-Z])?";
    private static final String VALUE = "([a-z0-9A-Z]([-a-z0-9A-Z_.]{0,61}[a-z0-9A-Z])?)?";
    private static final Pattern EXISTS = Pattern.compile("!?\\s*" + KEY);
    private static final Pattern EQUALITY = Pattern.compile(KEY + "\\s*(=|==|!=)\\s*" + VALUE);
    private static final Pattern SET = Pattern.compile(KEY + "\\s+(in|notin)\\s*\\(\\s*" + VALUE
            + "(\\s*,\\s*" + VALUE + ")*\\s*\\)");
    private static final Pattern ORDER = Pattern.compile(KEY + "\\s*(<|>)\\s*-?[0-9]+");

    private LabelSelectorSyntax() {
    }

    static void check(String selector) throws VerbException {
        for (String requirement : split(selector)) {
            String r = requirement.strip();
            if (!(EXISTS.matcher(r).matches() || EQUALITY.matcher(r).matches() || SET.matcher(r).matches()
                    || ORDER.matcher(r).matches())) {
                throw VerbException.usage("error: unable to parse requirement \"" + r + "\" in selector \"" + selector
                        + "\": use key, !key, key=value, key!=value, key in (a,b) or key notin (a,b)");
            }
        }
    }

    /** Splits on commas outside parentheses. */
    private static List<String> split(String selector) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(selector.substring(start));
        return parts;
    }
}
