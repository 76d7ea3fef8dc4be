package io.krmcp.verbs.resource;

import java.util.ArrayList;
import java.util.List;

import io.krmcp.command.KubeNames;
import io.krmcp.verbs.VerbException;

/**
 * kubectl's resource argument grammar, as its resource builder reads it: {@code TYPE[,TYPE...] [NAME...]} or
 * {@code TYPE/NAME...}, never mixed, {@code all} standing for the common workload types; with kubectl's messages.
 */
public final class ResourceArgs {

    /** kubectl's builder when a verb is given nothing to act on. */
    public static final String NO_RESOURCES = "error: You must provide one or more resources by argument or "
            + "filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
            + "   '<resource> <name>'\n   '<resource>'";

    /** kubectl's builder refuses names with {@code -A}; a name is only unique within a namespace. */
    public static final String NAME_ACROSS_NAMESPACES =
            "error: a resource cannot be retrieved by name across all namespaces";

    /** kubectl's {@code all}: the category of common workload types. */
    public static final List<String> ALL_CATEGORY = List.of("pods", "services", "daemonsets", "deployments",
            "replicasets", "statefulsets", "replicationcontrollers", "horizontalpodautoscalers", "cronjobs", "jobs");

    private static final String MIXED_FORMS = "error: there is no need to specify a resource type as a separate "
            + "argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' "
            + "instead of 'kubectl get resource resource/<resource_name>'";

    private ResourceArgs() {
    }

    /** The targets in the order given; {@code args} must not be empty. */
    public static List<Target> parse(List<String> args) throws VerbException {
        if (args.isEmpty()) {
            throw VerbException.usage(NO_RESOURCES);
        }
        List<Target> targets = new ArrayList<>();
        if (args.get(0).contains("/")) {
            for (String arg : args) {
                int slash = arg.indexOf('/');
                if (slash <= 0 || slash == arg.length() - 1) {
                    throw VerbException.usage(MIXED_FORMS);
                }
                targets.add(new Target(checkType(arg.substring(0, slash)), List.of(checkName(arg.substring(slash + 1)))));
            }
            return targets;
        }
        List<String> names = new ArrayList<>();
        for (String name : args.subList(1, args.size())) {
            if (name.contains("/")) {
                throw VerbException.usage(MIXED_FORMS);
            }
            names.add(checkName(name));
        }
        for (String type : args.get(0).split(",")) {
            if (type.isEmpty()) {
                continue;
            }
            if (type.equals("all")) {
                for (String member : ALL_CATEGORY) {
                    targets.add(new Target(member, names));
                }
                continue;
            }
            targets.add(new Target(checkType(type), names));
        }
        return targets;
    }

    private static String checkType(String type) throws VerbException {
        if (!KubeNames.isTypeToken(type)) {
            throw VerbException.usage("error: invalid resource type \"" + type
                    + "\": use a name such as pods, deploy or deployments.apps");
        }
        return type;
    }

    private static String checkName(String name) throws VerbException {
        if (!KubeNames.isName(name)) {
            throw VerbException.usage("error: invalid resource name \"" + name + "\": must be " + KubeNames.nameRule());
        }
        return name;
    }
}
