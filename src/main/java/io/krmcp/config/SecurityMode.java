package io.krmcp.config;

import java.util.Locale;

/** {@code K8S_MCP_SECURITY_MODE}: whether the rule file applies. Every other layer applies in both. */
public enum SecurityMode {
    STRICT, PERMISSIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
