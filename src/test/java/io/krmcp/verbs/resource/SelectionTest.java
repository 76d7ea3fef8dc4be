package io.krmcp.verbs.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.krmcp.command.CommandParser;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.VerbException;

/** kubectl's resource argument grammar and the builder's rules on names, selectors, --all and -A. */
class SelectionTest {

    static final VerbSpec SPEC = VerbSpec.writing("act", "a verb acting on resources", CommonFlags.SELECTOR,
            CommonFlags.FIELD_SELECTOR, CommonFlags.ALL, CommonFlags.ALL_NAMESPACES);

    static ParsedCommand parse(String line) throws Exception {
        return new CommandParser(v -> Optional.ofNullable(Map.of("act", SPEC).get(v)), v -> false).parse(List.of(("act " + line).split(" ")));
    }

    static Selection select(String line, Selection.Need need) throws Exception {
        ParsedCommand cmd = parse(line);
        return Selection.of(cmd, cmd.positionals(), need);
    }

    static String refusal(String line, Selection.Need need) {
        return assertThrows(VerbException.class, () -> select(line, need)).getMessage();
    }

    @Test
    void typeNameFormsAndTypeLists() throws Exception {
        assertEquals(List.of(new Target("pods", List.of("a", "b"))),
                select("pods a b", Selection.Need.NAMES).targets());
        assertEquals(List.of(new Target("pods", List.of("a")), new Target("deploy", List.of("b"))),
                select("pods/a deploy/b", Selection.Need.NAMES).targets());
        assertEquals(List.of(new Target("pods", List.of("a")), new Target("svc", List.of("a"))),
                select("pods,svc a", Selection.Need.NAMES).targets());
        assertEquals(ResourceArgs.ALL_CATEGORY.size(), select("all", Selection.Need.TYPES).targets().size());
        assertTrue(refusal("pods/a b", Selection.Need.NAMES).contains("there is no need to specify a resource type"));
        assertTrue(refusal("pods a/b", Selection.Need.NAMES).contains("there is no need to specify a resource type"));
        assertTrue(refusal("po$d a", Selection.Need.NAMES).startsWith("error: invalid resource type"));
        assertTrue(refusal("pods a$b", Selection.Need.NAMES).startsWith("error: invalid resource name \"a$b\""));
    }

    @Test
    void theBuildersRules() {
        assertEquals("error: name cannot be provided when a selector is specified",
                refusal("pods a -l app=x", Selection.Need.NAMES_OR_SELECTOR));
        assertEquals("error: name cannot be provided when a selector is specified",
                refusal("pods a --field-selector status.phase=Failed", Selection.Need.TYPES));
        assertEquals("error: cannot set --all and --selector at the same time",
                refusal("pods --all -l app=x", Selection.Need.NAMES_OR_SELECTOR));
        assertEquals("error: cannot set --all and --field-selector at the same time",
                refusal("pods --all --field-selector a=b", Selection.Need.NAMES_OR_SELECTOR));
        assertEquals("error: setting 'all' parameter but found a non empty selector.",
                refusal("pods a --all", Selection.Need.NAMES_OR_SELECTOR));
        assertEquals(ResourceArgs.NAME_ACROSS_NAMESPACES, refusal("pods a -A", Selection.Need.TYPES));
        assertEquals("error: resource(s) were provided, but no name was specified",
                refusal("pods", Selection.Need.NAMES_OR_SELECTOR));
        assertEquals("error: resource(s) were provided, but no name was specified",
                refusal("pods -l app=x", Selection.Need.NAMES));
        assertTrue(refusal("pods -l app=(", Selection.Need.TYPES).contains("app=("));
        assertEquals(ResourceArgs.NO_RESOURCES, refusal("", Selection.Need.TYPES));
    }

    @Test
    void whatIsListedAndSentForASelection() throws Exception {
        Selection s = select("pods -l app=web --field-selector status.phase=Running -A", Selection.Need.TYPES);
        assertEquals(Map.of("labelSelector", "app=web", "fieldSelector", "status.phase=Running"), s.listQuery());
        assertTrue(s.allNamespaces());
        assertEquals(Optional.of("app=web"), s.labelSelector());
        assertTrue(select("pods a", Selection.Need.NAMES).singleObject());
        assertTrue(!select("pods a b", Selection.Need.NAMES).singleObject());
        assertTrue(select("pods --all", Selection.Need.NAMES_OR_SELECTOR).all());
    }

    @Test
    void theNamespaceIsCheckedBeforeAnythingIsSent() throws Exception {
        assertEquals(Optional.of("shop"), CommonFlags.namespace(parse("pods -n shop")));
        assertEquals(Optional.empty(), CommonFlags.namespace(parse("pods")));
        VerbException e = assertThrows(VerbException.class, () -> CommonFlags.namespace(parse("pods -n Shop")));
        assertTrue(e.getMessage().startsWith("error: invalid namespace \"Shop\": must be"), e.getMessage());
    }
}
