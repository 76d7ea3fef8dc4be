package io.krmcp;

import java.util.List;

/**
 * The server's own command line: {@code --transport stdio|http}, {@code --host}, {@code --port}, {@code --demo}.
 *
 * @param help {@code --help} was given: print usage and exit 0
 * @param version {@code --version} was given
 */
public record ServerOptions(String transport, String host, int port, boolean demo, boolean help, boolean version) {

    public static final String USAGE = """
            Usage: java -jar kubernetes-remediation-mcp.jar [options]

            Options:
              --transport stdio|http   how MCP clients connect (default: stdio)
              --host ADDRESS           HTTP bind address (default: 127.0.0.1; use 0.0.0.0 inside a pod)
              --port PORT              HTTP port (default: 8000)
              --demo                   serve an embedded sample cluster instead of a real one
              --version                print the version and exit
              --help                   print this help and exit

            The cluster: the pod's ServiceAccount when running in Kubernetes, else the kubeconfig
            ($KUBECONFIG or ~/.kube/config). Every other setting is an environment variable; see the README.
            """;

    /** Thrown for a bad server command line; the message says what was wrong. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    public static ServerOptions parse(List<String> args) throws UsageError {
        String transport = "stdio";
        String host = "127.0.0.1";
        int port = 8000;
        boolean demo = false;
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--transport", "--host", "--port" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageError(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--transport" -> {
                            if (!value.equals("stdio") && !value.equals("http")) {
                                throw new UsageError("--transport must be stdio or http, not \"" + value + "\"");
                            }
                            transport = value;
                        }
                        case "--host" -> host = value;
                        default -> port = port(value);
                    }
                }
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> throw new UsageError("unknown option \"" + arg + "\"");
            }
        }
        return new ServerOptions(transport, host, port, demo, help, version);
    }

    private static int port(String value) throws UsageError {
        try {
            int p = Integer.parseInt(value);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageError("--port must be a number from 0 to 65535, not \"" + value + "\"");
        }
    }
}
