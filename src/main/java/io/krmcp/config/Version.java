package io.krmcp.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, filtered into the jar by Maven. */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/io/krmcp/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
