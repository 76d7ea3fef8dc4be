package io.krmcp.demo;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;

import io.krmcp.command.ResourceType;
import io.krmcp.command.ResourceTypes;

/**
 * The mock server's CRUD store, seeded directly: a POST would stamp every object with a new uid and the current
 * time, and the demo needs its own (ages of days, owner references and event subjects that match).
 */
final class DemoDispatcher extends KubernetesCrudDispatcher {

    void seed(HasMetadata object) {
        ResourceType type = ResourceTypes.builtinKind(object.getKind())
                .orElseThrow(() -> new IllegalArgumentException("demo seed has an unknown kind " + object.getKind()));
        String path = type.collectionPath(object.getMetadata().getNamespace());
        object.getMetadata().setResourceVersion(String.valueOf(requestResourceVersion()));
        GenericKubernetesResource generic = Serialization.unmarshal(Serialization.asJson(object),
                GenericKubernetesResource.class);
        processEvent(path, getKey(path), null, generic, Serialization.asJson(generic));
    }
}
