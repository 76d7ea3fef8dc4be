package io.krmcp.config;

import java.util.List;
import java.util.Optional;

/**
 * The server's configuration, read once at start and immutable after: the policy engine receives this snapshot, so
 * a decision never depends on anything that can change under it.
 *
 * @param allowedCommands verbs (or {@code verb sub-verb}) the agent may run
 * @param dangerousFlags flags refused wherever they appear, normalised to {@code --long-name}
 * @param timeoutSeconds budget of one tool call, waits included
 * @param allowedImages images {@code run_image} and {@code kubectl run} may use; empty disables both
 * @param securityMode whether the rule file applies
 * @param securityConfigPath rule file path; empty means the built-in rules
 * @param allowedNamespaces namespace globs commands may touch; empty means all
 * @param deniedNamespaces namespace globs commands may never touch
 * @param maxOutputBytes cap on the text returned per call
 * @param redactSecrets whether Secret values are hidden in every output
 * @param authToken bearer token required on HTTP; never printed
 * @param logLevel SLF4J level name
 * @param allowedOrigins browser origins allowed on HTTP besides loopback ({@code K8S_MCP_ALLOWED_ORIGINS})
 * @param maxConcurrentCalls kubectl calls allowed in flight at once
 * @param rules the rule file in effect (loaded and validated even in permissive mode, applied only in strict)
 * @param allowedExecCommands first words {@code exec} may run in a container; empty disables exec
 * @param callerIdentity whom API requests act for over HTTP
 * @param tokenAudiences audiences a caller's token must carry for the TokenReview; empty: the API server's own
 * @param confirmDangerous {@code K8S_MCP_DANGEROUS=confirm}: a command the rule file marks dangerous asks for a
 *     human's approval instead of being refused, and runs once the client says it was approved
 * @param shutdownDelaySeconds over HTTP, how long SIGTERM keeps serving with {@code /readyz} failing before new
 *     requests are refused ({@code K8S_MCP_SHUTDOWN_DELAY})
 */
public record ServerSettings(List<String> allowedCommands, List<String> dangerousFlags, int timeoutSeconds,
                             List<String> allowedImages, SecurityMode securityMode,
                             Optional<String> securityConfigPath, List<String> allowedNamespaces,
                             List<String> deniedNamespaces, int maxOutputBytes, boolean redactSecrets,
                             Optional<String> authToken, String logLevel, List<String> allowedOrigins,
                             int maxConcurrentCalls, RuleFile rules, List<String> allowedExecCommands,
                             CallerIdentityMode callerIdentity, List<String> tokenAudiences,
                             boolean confirmDangerous, int shutdownDelaySeconds) {

    public ServerSettings {
        allowedCommands = List.copyOf(allowedCommands);
        dangerousFlags = List.copyOf(dangerousFlags);
        allowedImages = List.copyOf(allowedImages);
        allowedNamespaces = List.copyOf(allowedNamespaces);
        deniedNamespaces = List.copyOf(deniedNamespaces);
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedExecCommands = List.copyOf(allowedExecCommands);
        tokenAudiences = List.copyOf(tokenAudiences);
    }

    /**
     * The same settings with another verb allowlist: the {@code run_image} tool's commands are judged with
     * {@code run} allowed, since the tool is governed by the image allowlist rather than the kubectl verb list.
     */
    public ServerSettings withAllowedCommands(List<String> commands) {
        return new ServerSettings(commands, dangerousFlags, timeoutSeconds, allowedImages, securityMode,
                securityConfigPath, allowedNamespaces, deniedNamespaces, maxOutputBytes, redactSecrets, authToken,
                logLevel, allowedOrigins, maxConcurrentCalls, rules, allowedExecCommands, callerIdentity,
                tokenAudiences, confirmDangerous, shutdownDelaySeconds);
    }

    public boolean runImageEnabled() {
        return !allowedImages.isEmpty();
    }

    /** Hides the token from accidental logging of the record. */
    @Override
    public String toString() {
        return "ServerSettings[allowedCommands=" + allowedCommands + ", dangerousFlags=" + dangerousFlags
                + ", timeoutSeconds=" + timeoutSeconds + ", allowedImages=" + allowedImages + ", securityMode="
                + securityMode + ", allowedNamespaces=" + allowedNamespaces + ", deniedNamespaces="
                + deniedNamespaces + ", allowedExecCommands=" + allowedExecCommands + ", maxOutputBytes="
                + maxOutputBytes + ", redactSecrets=" + redactSecrets
                + ", authToken=" + (authToken.isPresent() ? "set" : "unset") + ", callerIdentity=" + callerIdentity
                + "]";
    }
}
