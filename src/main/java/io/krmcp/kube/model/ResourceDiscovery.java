package io.krmcp.kube.model;

import java.time.Duration;
import java.util.List;

/** Asks the API server which types it serves; the registry calls it only when a name is not built in. */
@FunctionalInterface
public interface ResourceDiscovery {

    /**
     * Every type the server serves, preferred versions only; an empty list when discovery is unavailable.
     *
     * @param budget how long discovery may take, taken from the calling command's deadline
     */
    List<ResourceType> discover(Duration budget);

    ResourceDiscovery NONE = budget -> List.of();
}
