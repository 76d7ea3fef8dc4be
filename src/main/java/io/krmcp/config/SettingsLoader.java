package io.krmcp.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@link ServerSettings} from the environment, with the seed's variable names and defaults. */
public final class SettingsLoader {

    public static final String ALLOWED_COMMANDS = "KUBECTL_ALLOWED_COMMANDS";
    public static final String DANGEROUS_FLAGS = "KUBECTL_DANGEROUS_FLAGS";
    public static final String TIMEOUT = "KUBECTL_TIMEOUT";
    public static final String ALLOWED_IMAGES = "KUBECTL_ALLOWED_IMAGES";
    public static final String SECURITY_MODE = "K8S_MCP_SECURITY_MODE";
    public static final String SECURITY_CONFIG = "K8S_MCP_SECURITY_CONFIG";
    public static final String ALLOWED_NAMESPACES = "KUBECTL_ALLOWED_NAMESPACES";
    public static final String DENIED_NAMESPACES = "KUBECTL_DENIED_NAMESPACES";
    public static final String MAX_OUTPUT_BYTES = "KUBECTL_MAX_OUTPUT_BYTES";
    public static final String REDACT_SECRETS = "KUBECTL_REDACT_SECRETS";
    public static final String AUTH_TOKEN = "K8S_MCP_AUTH_TOKEN";
    public static final String CALLER_IDENTITY = "K8S_MCP_CALLER_IDENTITY";
    public static final String TOKEN_AUDIENCES = "K8S_MCP_TOKEN_AUDIENCES";
    public static final String DANGEROUS = "K8S_MCP_DANGEROUS";
    public static final String SHUTDOWN_DELAY = "K8S_MCP_SHUTDOWN_DELAY";
    public static final String AUTH_TOKEN_FILE = "K8S_MCP_AUTH_TOKEN_FILE";
    public static final String ALLOWED_ORIGINS = "K8S_MCP_ALLOWED_ORIGINS";
    public static final String MAX_CONCURRENT_CALLS = "K8S_MCP_MAX_CONCURRENT_CALLS";
    public static final String LOG_LEVEL = "LOG_LEVEL";
    public static final String ALLOWED_EXEC_COMMANDS = "KUBECTL_ALLOWED_EXEC_COMMANDS";

    public static final String DEFAULT_ALLOWED_COMMANDS = "get,describe,logs";
    public static final String DEFAULT_DANGEROUS_FLAGS =
            "--kubeconfig,--context,--cluster,--user,--token,--as,--as-group,--as-uid,--disable-eviction";
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** About 16k tokens: enough for a few hundred table rows, small enough to leave an agent room to think. */
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 65_536;

    private SettingsLoader() {
    }

    public static ServerSettings fromEnvironment(Map<String, String> env) throws SettingsException {
        List<String> commands = commaList(env.getOrDefault(ALLOWED_COMMANDS, DEFAULT_ALLOWED_COMMANDS));
        List<String> normalisedCommands = new ArrayList<>();
        for (String c : commands) {
            normalisedCommands.add(String.join(" ", c.trim().split("\\s+")));
        }
        List<String> flags = new ArrayList<>();
        for (String f : commaList(env.getOrDefault(DANGEROUS_FLAGS, DEFAULT_DANGEROUS_FLAGS))) {
            String name = f.replaceFirst("^-+", "").replace('_', '-');
            int eq = name.indexOf('=');
            if (eq >= 0) {
                name = name.substring(0, eq);
            }
            if (name.isEmpty()) {
                throw new SettingsException(DANGEROUS_FLAGS + " has an empty entry \"" + f
                        + "\": list flags such as --kubeconfig,--context");
            }
            flags.add((name.length() == 1 ? "-" : "--") + name);
        }
        int timeout = positiveInt(env, TIMEOUT, DEFAULT_TIMEOUT_SECONDS, 3600);
        SecurityMode mode = mode(env.getOrDefault(SECURITY_MODE, "strict"));
        Optional<String> configPath = Optional.ofNullable(env.get(SECURITY_CONFIG)).map(String::trim)
                .filter(s -> !s.isEmpty());
        int maxOutput = positiveInt(env, MAX_OUTPUT_BYTES, DEFAULT_MAX_OUTPUT_BYTES, 64 * 1024 * 1024);
        boolean redact = bool(env, REDACT_SECRETS, true);
        Optional<String> token = token(env);
        String logLevel = env.getOrDefault(LOG_LEVEL, "INFO").trim().toUpperCase(Locale.ROOT);
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "CRITICAL", "OFF").contains(logLevel)) {
            throw new SettingsException(LOG_LEVEL + "=" + logLevel + " is not a level: use DEBUG, INFO, WARN or ERROR");
        }
        return new ServerSettings(normalisedCommands, flags, timeout, commaList(env.getOrDefault(ALLOWED_IMAGES, "")),
                mode, configPath, commaList(env.getOrDefault(ALLOWED_NAMESPACES, "")),
                commaList(env.getOrDefault(DENIED_NAMESPACES, "")), maxOutput, redact, token, logLevel,
                commaList(env.getOrDefault(ALLOWED_ORIGINS, "")), positiveInt(env, MAX_CONCURRENT_CALLS, 16, 1024),
                RuleFileLoader.load(configPath), execCommands(env), callerIdentity(env, token),
                commaList(env.getOrDefault(TOKEN_AUDIENCES, "")), confirmDangerous(env),
                nonNegativeInt(env, SHUTDOWN_DELAY, 5, 300));
    }

    private static int nonNegativeInt(Map<String, String> env, String name, int fallback, int max)
            throws SettingsException {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new SettingsException(name + "=" + value + " must be a whole number of seconds from 0 to " + max);
    }

    private static boolean confirmDangerous(Map<String, String> env) throws SettingsException {
        String value = env.getOrDefault(DANGEROUS, "deny").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "deny" -> false;
            case "confirm" -> true;
            default -> throw new SettingsException(DANGEROUS + "=" + value + " is not a mode: use deny (the default) "
                    + "or confirm");
        };
    }

    private static CallerIdentityMode callerIdentity(Map<String, String> env, Optional<String> authToken)
            throws SettingsException {
        String value = env.getOrDefault(CALLER_IDENTITY, "off").trim().toLowerCase(Locale.ROOT);
        CallerIdentityMode mode = switch (value) {
            case "", "off" -> CallerIdentityMode.OFF;
            case "impersonate" -> CallerIdentityMode.IMPERSONATE;
            case "passthrough" -> CallerIdentityMode.PASSTHROUGH;
            default -> throw new SettingsException(CALLER_IDENTITY + "=" + value + " is not a mode: use off, "
                    + "impersonate or passthrough");
        };
        if (mode != CallerIdentityMode.OFF && authToken.isPresent()) {
            throw new SettingsException(CALLER_IDENTITY + "=" + value + " takes each caller's Kubernetes token as the "
                    + "bearer token, so " + AUTH_TOKEN + " cannot be set with it");
        }
        return mode;
    }

    /** The HTTP bearer token, from the variable or (for a mounted Secret) the file; both set is ambiguous. */
    private static Optional<String> token(Map<String, String> env) throws SettingsException {
        Optional<String> inline = Optional.ofNullable(env.get(AUTH_TOKEN)).map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> file = Optional.ofNullable(env.get(AUTH_TOKEN_FILE)).map(String::trim)
                .filter(s -> !s.isEmpty());
        if (inline.isPresent() && file.isPresent()) {
            throw new SettingsException(AUTH_TOKEN + " and " + AUTH_TOKEN_FILE + " are both set: set one");
        }
        if (file.isEmpty()) {
            return inline;
        }
        try {
            String value = Files.readString(Path.of(file.get())).trim();
            if (value.isEmpty()) {
                throw new SettingsException(AUTH_TOKEN_FILE + "=" + file.get() + " is empty: it must hold the token");
            }
            return Optional.of(value);
        } catch (IOException e) {
            throw new SettingsException(AUTH_TOKEN_FILE + "=" + file.get() + " cannot be read");
        }
    }

    /** Bare command names ({@code ps}, {@code df}): a path or an argument would never match a first word. */
    private static List<String> execCommands(Map<String, String> env) throws SettingsException {
        List<String> commands = commaList(env.getOrDefault(ALLOWED_EXEC_COMMANDS, ""));
        for (String c : commands) {
            if (c.chars().anyMatch(Character::isWhitespace)) {
                throw new SettingsException(ALLOWED_EXEC_COMMANDS + " entry \"" + c + "\" has a space: list "
                        + "command names only (e.g. ps,df,ls); each matches the command's first word exactly");
            }
        }
        return commands;
    }

    static List<String> commaList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static SecurityMode mode(String value) throws SettingsException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "strict" -> SecurityMode.STRICT;
            case "permissive" -> SecurityMode.PERMISSIVE;
            default -> throw new SettingsException(SECURITY_MODE + "=" + value
                    + " is not a mode: use strict (the default) or permissive");
        };
    }

    private static int positiveInt(Map<String, String> env, String name, int def, int max) throws SettingsException {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return def;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v <= 0 || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + "=" + raw + " is not valid: use a whole number from 1 to " + max);
        }
    }

    private static boolean bool(Map<String, String> env, String name, boolean def) throws SettingsException {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return def;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new SettingsException(name + "=" + raw + " is not valid: use true or false");
        };
    }
}
