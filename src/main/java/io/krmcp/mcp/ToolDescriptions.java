package io.krmcp.mcp;

import io.krmcp.config.ServerSettings;
import io.krmcp.flow.VerbRegistry;

/**
 * Tool descriptions written for the agent and generated from the configuration, so an agent learns the rules
 * before it meets a denial.
 */
final class ToolDescriptions {

    private ToolDescriptions() {
    }

    static String kubectl(ServerSettings settings, VerbRegistry verbs) {
        StringBuilder d = new StringBuilder();
        d.append("Run a kubectl command against the Kubernetes cluster and get kubectl's exact output. ")
                .append("Pass the arguments as a list, without the word kubectl and without shell quoting.\n\n");
        d.append("Allowed verbs: ").append(String.join(", ", settings.allowedCommands())).append(".\n");
        d.append("Implemented by this server: ")
                .append(String.join(", ", verbs.specs().stream().map(s -> s.name()).toList())).append(".\n\n");
        d.append("Examples of args:\n")
                .append("  [\"get\", \"pods\", \"-n\", \"production\"]\n")
                .append("  [\"get\", \"deploy\", \"-A\", \"-o\", \"wide\"]\n")
                .append("  [\"get\", \"pod\", \"web-1\", \"-n\", \"shop\", \"-o\", \"yaml\"]\n\n");
        d.append("Never accepted: shell syntax (pipes, ;, &&, $(), quotes), files or stdin (-f), interactive or ")
                .append("follow modes (-i, -t, -w, -f), and flags that change identity or cluster (--kubeconfig, ")
                .append("--context, --cluster, --user, --token, --as, --server, ...). ");
        if (!settings.allowedNamespaces().isEmpty()) {
            d.append("Namespaces allowed: ").append(String.join(", ", settings.allowedNamespaces()))
                    .append(" (-A is refused). ");
        }
        if (!settings.deniedNamespaces().isEmpty()) {
            d.append("Namespaces denied: ").append(String.join(", ", settings.deniedNamespaces())).append(". ");
        }
        if (settings.allowedCommands().contains("exec")) {
            d.append(settings.allowedExecCommands().isEmpty() ? "exec is disabled (no container commands are "
                    + "allowed). " : "exec runs one command without a terminal, e.g. [\"exec\", \"POD\", \"-n\", "
                    + "\"NS\", \"--\", \"" + settings.allowedExecCommands().get(0) + "\"]; the command's first word "
                    + "must be one of: " + String.join(", ", settings.allowedExecCommands()) + ". ");
        }
        d.append("Output longer than ").append(settings.maxOutputBytes())
                .append(" bytes is cut; narrow queries with -l, --field-selector or -o name. ");
        if (settings.redactSecrets()) {
            d.append("Secret values are redacted.");
        }
        return d.toString().strip();
    }
}
