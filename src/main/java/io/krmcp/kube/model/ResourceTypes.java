package io.krmcp.kube.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what a user typed ({@code po}, {@code Pod}, {@code deploy}, {@code deployments.apps},
 * {@code pods.v1.}, a CRD's plural) to a {@link ResourceType}. Built-in types answer without I/O; other names
 * consult discovery, cached like kubectl's discovery cache and refreshed at most every few seconds on a miss.
 */
public final class ResourceTypes {

    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    private static final Duration MISS_REFRESH = Duration.ofSeconds(10);

    private final ResourceDiscovery discovery;
    private final Clock clock;
    private volatile List<ResourceType> discovered;
    private volatile Instant discoveredAt = Instant.EPOCH;

    public ResourceTypes(ResourceDiscovery discovery, Clock clock) {
        this.discovery = discovery;
        this.clock = clock;
    }

    /** Built-in types only: for parsing and policy, which must not do I/O. */
    public static Optional<ResourceType> builtin(String token) {
        return match(BuiltinResourceTypes.ALL, token);
    }

    /** Every built-in type (the demo cluster's discovery documents list them). */
    public static List<ResourceType> builtins() {
        return BuiltinResourceTypes.ALL;
    }

    /** The built-in type of a kind ({@code Deployment}), for code that starts from an object. */
    public static Optional<ResourceType> builtinKind(String kind) {
        return BuiltinResourceTypes.ALL.stream().filter(t -> t.kind().equals(kind)).findFirst();
    }

    /**
     * Resolves a type, asking discovery when the name is not built in.
     *
     * @param budget the most discovery may take (the rest of the call's deadline)
     */
    public ResourceType resolve(String token, Duration budget) throws UnknownResourceTypeException {
        Optional<ResourceType> found = builtin(token);
        if (found.isPresent()) {
            return found.get();
        }
        found = match(discovered(false, budget), token);
        if (found.isEmpty() && Duration.between(discoveredAt, clock.instant()).compareTo(MISS_REFRESH) > 0) {
            found = match(discovered(true, budget), token);
        }
        return found.orElseThrow(() -> new UnknownResourceTypeException(token));
    }

    /**
     * Every type the server serves (discovery, cached) and, where discovery has nothing (a server that does not
     * answer it), the built-in ones; one entry per group and resource.
     */
    public List<ResourceType> all(Duration budget) {
        Map<String, ResourceType> byName = new LinkedHashMap<>();
        discovered(false, budget).forEach(t -> byName.putIfAbsent(t.groupResource(), t));
        BuiltinResourceTypes.ALL.forEach(t -> byName.putIfAbsent(t.groupResource(), t));
        return List.copyOf(byName.values());
    }

    private List<ResourceType> discovered(boolean refresh, Duration budget) {
        List<ResourceType> current = discovered;
        Instant now = clock.instant();
        if (current == null || refresh || Duration.between(discoveredAt, now).compareTo(CACHE_TTL) > 0) {
            synchronized (this) {
                if (discovered == current) {
                    discovered = List.copyOf(discovery.discover(budget));
                    discoveredAt = now;
                }
                current = discovered;
            }
        }
        return current;
    }

    static Optional<ResourceType> match(List<ResourceType> types, String rawToken) {
        String token = rawToken.toLowerCase(Locale.ROOT);
        int dot = token.indexOf('.');
        if (dot < 0) {
            return types.stream().filter(t -> t.answersTo(token)).findFirst();
        }
        String resource = token.substring(0, dot);
        String rest = token.substring(dot + 1);
        Optional<ResourceType> byGroup = types.stream()
                .filter(t -> t.group().equals(rest) && fullName(t, resource)).findFirst();
        if (byGroup.isPresent()) {
            return byGroup;
        }
        int second = rest.indexOf('.');
        if (second < 0) {
            return Optional.empty();
        }
        String version = rest.substring(0, second);
        String group = rest.substring(second + 1);
        return types.stream()
                .filter(t -> t.group().equals(group) && t.version().equals(version) && fullName(t, resource))
                .findFirst();
    }

    private static boolean fullName(ResourceType type, String resource) {
        return type.plural().equals(resource) || type.singular().equals(resource)
                || type.kind().toLowerCase(Locale.ROOT).equals(resource);
    }
}
