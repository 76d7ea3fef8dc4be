package io.krmcp.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verb's grammar: its name, the flags it accepts (global flags included) and a one-line summary. The parser
 * refuses any flag not listed here, which is what makes "deny by default" true for flags.
 */
public final class VerbSpec {

    private final String name;
    private final String summary;
    private final boolean writes;
    private final boolean nodeWide;
    private final String defaultNamespace;
    private final boolean takesCommand;
    private final Map<String, FlagSpec> byName = new LinkedHashMap<>();
    private final Map<Character, FlagSpec> byShorthand = new LinkedHashMap<>();

    private VerbSpec(String name, String summary, boolean writes, List<FlagSpec> flags) {
        this(name, summary, writes, false, null, false, flags);
    }

    private VerbSpec(String name, String summary, boolean writes, boolean nodeWide, String defaultNamespace,
                     boolean takesCommand, List<FlagSpec> flags) {
        this.name = name;
        this.takesCommand = takesCommand;
        this.summary = summary;
        this.writes = writes;
        this.nodeWide = nodeWide;
        this.defaultNamespace = defaultNamespace;
        List<FlagSpec> all = new ArrayList<>(GlobalFlags.ALL);
        all.addAll(flags);
        for (FlagSpec flag : all) {
            if (byName.put(flag.name(), flag) != null) {
                throw new IllegalArgumentException("verb " + name + " declares --" + flag.name() + " twice");
            }
            if (flag.hasShorthand() && byShorthand.put(flag.shorthand(), flag) != null) {
                throw new IllegalArgumentException("verb " + name + " declares -" + flag.shorthand() + " twice");
            }
        }
    }

    /** A verb that only reads the cluster. */
    public static VerbSpec reading(String name, String summary, FlagSpec... flags) {
        return new VerbSpec(name, summary, false, List.of(flags));
    }

    /** A verb that can change the cluster; drives the tool's destructive annotation. */
    public static VerbSpec writing(String name, String summary, FlagSpec... flags) {
        return new VerbSpec(name, summary, true, List.of(flags));
    }

    /**
     * The same verb marked as acting on whole nodes (cordon, drain, taint): its writes reach every namespace, so the
     * namespace policy refuses it while an allowlist is set, whatever the command line names.
     */
    public VerbSpec nodeWide() {
        return new VerbSpec(name, summary, writes, true, defaultNamespace, takesCommand, ownFlags());
    }

    /**
     * The same verb taking a container command after {@code --} ({@code exec}, {@code run}); for every other verb
     * words after {@code --} are refused, never silently dropped.
     */
    public VerbSpec takingCommand() {
        return new VerbSpec(name, summary, writes, nodeWide, defaultNamespace, true, ownFlags());
    }

    public boolean takesCommand() {
        return takesCommand;
    }

    private List<FlagSpec> ownFlags() {
        return new ArrayList<>(byName.values()).subList(GlobalFlags.ALL.size(), byName.size());
    }

    /** The same verb with its own namespace when {@code -n} is not given ({@code cluster-info}: kube-system). */
    public VerbSpec defaultNamespace(String namespace) {
        return new VerbSpec(name, summary, writes, nodeWide, namespace, takesCommand, ownFlags());
    }

    public boolean isNodeWide() {
        return nodeWide;
    }

    /** The verb's own namespace when {@code -n} is not given, if it has one rather than the context's. */
    public Optional<String> ownDefaultNamespace() {
        return Optional.ofNullable(defaultNamespace);
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public boolean writes() {
        return writes;
    }

    public Optional<FlagSpec> flag(String longName) {
        return Optional.ofNullable(byName.get(longName));
    }

    public Optional<FlagSpec> shorthand(char letter) {
        return Optional.ofNullable(byShorthand.get(letter));
    }

    /** Every accepted flag, global flags first, in declaration order. */
    public List<FlagSpec> flags() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }
}
