package io.krmcp.output.describe;

import java.util.Map;

/**
 * Which describer writes which kind. Kinds without a dedicated layout get kubectl's generic describer, so
 * {@code describe} works for every type; Secrets always get the one that shows sizes only.
 */
public final class DescriberRegistry {

    private final Map<String, Describer> byKind;
    private final Describer generic = new GenericDescriber();

    public DescriberRegistry(boolean redactSecrets) {
        this.byKind = Map.of(
                "Secret", new SecretDescriber(redactSecrets),
                "ConfigMap", new ConfigMapDescriber(),
                "Pod", new PodDescriber());
    }

    public Describer forKind(String kind) {
        return byKind.getOrDefault(kind, generic);
    }

    /** Whether kubectl's describer for the kind lists events (the Secret one does not). */
    public boolean showsEvents(String kind) {
        return !kind.equals("Secret");
    }
}
