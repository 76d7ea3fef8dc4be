package io.krmcp.kube;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which fields of each listed object a printer reads, as a tree of field names: a leaf takes the whole value there,
 * arrays are passed through (a projection applies to each element). A list's items are decoded with only these
 * fields, so {@code -o name} or a template over 2,000 pods holds names, not pods.
 */
public final class Projection {

    private static final Projection ALL = new Projection(true, Map.of());

    private final boolean all;
    private final Map<String, Projection> fields;

    private Projection(boolean all, Map<String, Projection> fields) {
        this.all = all;
        this.fields = fields;
    }

    /** Every field: the object whole. */
    public static Projection all() {
        return ALL;
    }

    /** The union of these paths, each taken whole at its end; an empty path is the whole object. */
    public static Projection of(Collection<List<String>> paths) {
        Tree root = new Tree();
        paths.forEach(p -> root.add(p, 0));
        return root.freeze();
    }

    public boolean isAll() {
        return all;
    }

    /** The projection of a field's value, or null when the field is left out. */
    public Projection field(String name) {
        return all ? ALL : fields.get(name);
    }

    /** The fields of either. */
    public Projection union(Projection other) {
        if (all || other.all) {
            return ALL;
        }
        Tree root = Tree.of(this);
        root.merge(Tree.of(other));
        return root.freeze();
    }

    @Override
    public String toString() {
        return all ? "*" : fields.toString();
    }

    /** Built by adding paths, then frozen. */
    private static final class Tree {
        boolean all;
        final Map<String, Tree> children = new TreeMap<>();

        static Tree of(Projection p) {
            Tree t = new Tree();
            t.all = p.all;
            p.fields.forEach((name, child) -> t.children.put(name, of(child)));
            return t;
        }

        void merge(Tree other) {
            if (all) {
                return;
            }
            if (other.all) {
                all = true;
                children.clear();
                return;
            }
            other.children.forEach((name, child) -> children.merge(name, child, (mine, theirs) -> {
                mine.merge(theirs);
                return mine;
            }));
        }

        void add(List<String> path, int from) {
            if (all) {
                return;
            }
            if (from == path.size()) {
                all = true;
                children.clear();
                return;
            }
            children.computeIfAbsent(path.get(from), k -> new Tree()).add(path, from + 1);
        }

        Projection freeze() {
            if (all) {
                return ALL;
            }
            Map<String, Projection> frozen = new TreeMap<>();
            children.forEach((name, child) -> frozen.put(name, child.freeze()));
            return new Projection(false, Collections.unmodifiableMap(frozen));
        }
    }
}
