package io.krmcp.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.krmcp.audit.AuditedCommand;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.command.CommandParser;
import io.krmcp.command.ParsedCommand;
import io.krmcp.config.ServerSettings;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.CallerIdentity;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.RequestRefusedException;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.output.OutputCap;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyEngine;
import io.krmcp.policy.PolicyRequest;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;

/**
 * The request flow of the {@code kubectl} tool, in one place: parse → policy → verb → cap. Nothing reaches the
 * cluster unless the policy allowed it, and every failure becomes an outcome, never an exception.
 */
public final class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final VerbRegistry verbs;
    private final CommandParser parser;
    private final AuditedCommand audited;
    private final PolicyEngine policy;
    private final ServerSettings settings;
    private final KubeApi api;
    private final ResourceTypes types;
    private final Supplier<String> defaultNamespace;
    private final Clock clock;

    public CommandRunner(VerbRegistry verbs, PolicyEngine policy, ServerSettings settings, KubeApi api,
                         ResourceTypes types, String defaultNamespace, Clock clock) {
        this(verbs, policy, settings, api, types, () -> defaultNamespace, clock);
    }

    /** @param defaultNamespace read on each call: the cluster connection may still be being made at start */
    public CommandRunner(VerbRegistry verbs, PolicyEngine policy, ServerSettings settings, KubeApi api,
                         ResourceTypes types, Supplier<String> defaultNamespace, Clock clock) {
        this.verbs = verbs;
        this.parser = new CommandParser(verbs::spec, verbs::isUnsupportedKubectlVerb);
        this.audited = new AuditedCommand(verbs.specs());
        this.policy = policy;
        this.settings = settings;
        this.api = api;
        this.types = types;
        this.defaultNamespace = defaultNamespace;
        this.clock = clock;
    }

    public CommandOutcome run(List<String> args) {
        return run(args, Optional.empty(), false);
    }

    /**
     * @param actingFor the caller every API request impersonates, when the server impersonates its callers
     * @param clientApproved the client says a human approved this call (HolmesGPT's approval marker)
     */
    public CommandOutcome run(List<String> args, Optional<CallerIdentity> actingFor, boolean clientApproved) {
        Deadline deadline = Deadline.in(Duration.ofSeconds(settings.timeoutSeconds()));
        String namespace = defaultNamespace.get();
        PolicyRequest request = PolicyRequest.parse(parser, args, settings, namespace).approved(clientApproved);
        String shown = request.parsed().map(audited::text).orElseGet(() -> AuditedCommand.unparsed(args));
        Decision decision = policy.evaluate(request);
        if (!decision.allowed()) {
            return CommandOutcome.denied(shown, decision.denial().orElseThrow());
        }
        ParsedCommand command = request.parsed().orElseThrow();
        Verb<?> verb = verbs.verb(command.verb()).orElseThrow();
        KubeApi callApi = actingFor.map(api::actingFor).orElse(api);
        VerbContext context = new VerbContext(callApi, types, namespace, deadline, clock,
                settings.maxOutputBytes());
        try {
            VerbResult result = verb.run(command, context);
            String stdout = result.newestLast()
                    ? OutputCap.applyKeepingEnd(result.stdout(), settings.maxOutputBytes())
                    : OutputCap.apply(result.stdout(), settings.maxOutputBytes());
            String stderr = OutputCap.apply(result.stderr() + withheldNote(deadline), settings.maxOutputBytes());
            Optional<String> error = result.success() ? Optional.empty() : Optional.of(firstLine(stderr));
            return new CommandOutcome(shown, stdout, stderr, result.returnCode(), error, Optional.empty());
        } catch (VerbException | ApiException | CallTimeoutException | UnknownResourceTypeException e) {
            return CommandOutcome.failed(shown, OutputCap.apply(e.getMessage(), settings.maxOutputBytes()));
        } catch (RequestRefusedException e) {
            return CommandOutcome.denied(shown, Denial.of(REQUEST_GUARD, e.code(), e.getMessage()));
        } catch (StackOverflowError e) {
            // input hygiene bounds nesting; this is the backstop, so a call is always answered and audited
            return CommandOutcome.failed(shown, "error: the command is nested too deeply to evaluate");
        } catch (OutOfMemoryError e) {
            return outOfHeap(shown, command);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // try-with-resources adding the JVM's shared OutOfMemoryError to itself as suppressed fails with an
                // IllegalArgumentException whose cause it is: still the heap
                return outOfHeap(shown, command);
            }
            // the exception's message may quote the arguments; the log gets its type and where it was thrown
            LOG.warn("verb {} failed unexpectedly: {} at {}", command.verb(), e.getClass().getName(),
                    Arrays.stream(e.getStackTrace()).limit(8).map(String::valueOf).toList());
            return CommandOutcome.failed(shown, "error: internal error while running \"" + command.verb()
                    + "\"; the server log has the details");
        }
    }

    /**
     * A bounded heap (the README's commands) can meet a page of large objects; what this call built is garbage once it
     * fails, so it is answered and the others go on rather than never hearing back.
     */
    private static CommandOutcome outOfHeap(String shown, ParsedCommand command) {
        LOG.warn("verb {} ran out of heap", command.verb());
        return CommandOutcome.failed(shown, "error: the answer did not fit in the server's memory; narrow the "
                + "query (-l, --field-selector, -n, --chunk-size) or give the server more heap (-Xmx)");
    }

    /** Said once when the API client's guard left objects of other namespaces out of the answer. */
    private String withheldNote(Deadline deadline) {
        int n = deadline.withheld();
        if (n == 0) {
            return "";
        }
        return "note: " + n + (n == 1 ? " object or lookup was" : " objects or lookups were")
                + " left out of this answer: " + (n == 1 ? "it is" : "they are") + " in namespaces this server may "
                + "not touch (" + namespaceLists() + ")\n";
    }

    private String namespaceLists() {
        List<String> parts = new ArrayList<>();
        if (!settings.allowedNamespaces().isEmpty()) {
            parts.add("allowed: " + String.join(", ", settings.allowedNamespaces()));
        }
        if (!settings.deniedNamespaces().isEmpty()) {
            parts.add("denied: " + String.join(", ", settings.deniedNamespaces()));
        }
        return String.join("; ", parts);
    }

    /** The layer name a refusal by the API client's {@code RequestGuard} is audited and reported under. */
    public static final String REQUEST_GUARD = "request-guard";

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
