package io.krmcp.command;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One flag a verb accepts, as data. The same record drives the parser, the policy's canonical form, the tool
 * description and {@code get_config}, so a flag is declared exactly once.
 *
 * @param name long name without dashes, as kubectl spells it ({@code all-namespaces})
 * @param shorthand single-letter form, or {@code 0} when the flag has none
 * @param type how values are read
 * @param defaultValue the value in effect when the flag is absent (kubectl's default), or null
 * @param usage one line for help text
 * @param dataValue which values are data with a grammar of their own (a patch body, an output template): input
 *     hygiene lets their quotes and braces through, and the verb parses them strictly instead
 * @param auditMasked values that may carry secrets (a patch body, environment values): the audit log records their
 *     size and hash, never the value
 * @param bareValue pflag's {@code NoOptDefVal}: the value of the flag written without one ({@code --dry-run}
 *     means {@code unchanged}, {@code --cascade} means {@code background}); such a flag never takes the next
 *     argument as its value. Null for flags that need a value.
 */
public record FlagSpec(String name, char shorthand, Type type, String defaultValue, String usage,
                       Predicate<String> dataValue, String bareValue, boolean auditMasked) {

    /** How a flag takes its value; mirrors the pflag value kinds kubectl uses. */
    public enum Type {
        /** {@code --flag}, {@code --flag=true|false}; never consumes the next argument. */
        BOOL,
        /** One value; a repeated flag keeps the last one, as pflag does. */
        STRING,
        /** An integer; validated by the parser. */
        INT,
        /** Repeatable and comma-separated ({@code -L a,b -L c}); values accumulate. */
        STRING_LIST,
        /** A Go duration such as {@code 5s}, {@code 1m30s}; validated by the parser. */
        DURATION
    }

    private static final Predicate<String> NEVER = v -> false;

    public FlagSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        usage = usage == null ? "" : usage;
        dataValue = dataValue == null ? NEVER : dataValue;
    }

    public FlagSpec(String name, char shorthand, Type type, String defaultValue, String usage) {
        this(name, shorthand, type, defaultValue, usage, NEVER, null, false);
    }

    public static FlagSpec bool(String name, String usage) {
        return new FlagSpec(name, (char) 0, Type.BOOL, "false", usage);
    }

    public static FlagSpec string(String name, String usage) {
        return new FlagSpec(name, (char) 0, Type.STRING, null, usage);
    }

    public static FlagSpec integer(String name, String defaultValue, String usage) {
        return new FlagSpec(name, (char) 0, Type.INT, defaultValue, usage);
    }

    public static FlagSpec list(String name, String usage) {
        return new FlagSpec(name, (char) 0, Type.STRING_LIST, null, usage);
    }

    public static FlagSpec duration(String name, String defaultValue, String usage) {
        return new FlagSpec(name, (char) 0, Type.DURATION, defaultValue, usage);
    }

    public FlagSpec shorthand(char letter) {
        return new FlagSpec(name, letter, type, defaultValue, usage, dataValue, bareValue, auditMasked);
    }

    public FlagSpec defaultValue(String value) {
        return new FlagSpec(name, shorthand, type, value, usage, dataValue, bareValue, auditMasked);
    }

    /** Every value of this flag is data (a patch body). */
    public FlagSpec data() {
        return dataWhen(v -> true);
    }

    /** Values matching the predicate are data ({@code -o jsonpath=...} but not {@code -o wide}). */
    public FlagSpec dataWhen(Predicate<String> predicate) {
        return new FlagSpec(name, shorthand, type, defaultValue, usage, predicate, bareValue, auditMasked);
    }

    /** The value {@code --name} alone stands for, as pflag's {@code NoOptDefVal}. */
    public FlagSpec bare(String value) {
        return new FlagSpec(name, shorthand, type, defaultValue, usage, dataValue, value, auditMasked);
    }

    /** Values the audit log must not copy (a patch body may hold a Secret's data). */
    public FlagSpec sensitive() {
        return new FlagSpec(name, shorthand, type, defaultValue, usage, dataValue, bareValue, true);
    }

    /** Whether the flag can stand without a value ({@code --force}, {@code --dry-run}). */
    public boolean valueOptional() {
        return type == Type.BOOL || bareValue != null;
    }

    public boolean hasShorthand() {
        return shorthand != 0;
    }

    public boolean isBool() {
        return type == Type.BOOL;
    }

    /** {@code -n, --namespace} as kubectl's help shows it. */
    public String display() {
        return hasShorthand() ? "-" + shorthand + ", --" + name : "--" + name;
    }
}
