package io.krmcp;

import java.util.Locale;

/**
 * slf4j-simple is configured through system properties read once, at the first logger: this runs before any. All
 * logs go to stderr; the libraries' chatter is held at WARN so the audit lines stay readable.
 */
final class Logging {

    private Logging() {
    }

    static void configure(String level) {
        String simple = switch (level.toUpperCase(Locale.ROOT)) {
            case "WARNING" -> "warn";
            case "CRITICAL" -> "error";
            default -> level.toLowerCase(Locale.ROOT);
        };
        set("org.slf4j.simpleLogger.logFile", "System.err");
        set("org.slf4j.simpleLogger.defaultLogLevel", simple);
        set("org.slf4j.simpleLogger.showDateTime", "true");
        set("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSX");
        set("org.slf4j.simpleLogger.showThreadName", "false");
        set("org.slf4j.simpleLogger.showShortLogName", "true");
        for (String noisy : new String[] {"io.fabric8", "io.vertx", "io.netty", "org.eclipse.jetty",
                "io.modelcontextprotocol", "reactor"}) {
            set("org.slf4j.simpleLogger.log." + noisy, simple.equals("debug") || simple.equals("trace") ? "info" : "warn");
        }
        // a refused exec is reported to the caller in kubectl's words; fabric8 would add a stack trace at ERROR
        for (String exec : new String[] {"io.fabric8.kubernetes.client.dsl.internal.ExecWebSocketListener",
                "io.fabric8.kubernetes.client.dsl.internal.core.v1.PodOperationsImpl"}) {
            set("org.slf4j.simpleLogger.log." + exec, simple.equals("debug") || simple.equals("trace") ? "debug"
                    : "off");
        }
    }

    private static void set(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
