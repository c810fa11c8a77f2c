package dev.switchboard.platform.events;

import java.util.List;

/**
 * The events one producing service publishes, as its contract module lists them. Each contract module registers
 * its catalog in {@code META-INF/services}, so a consumer knows exactly the events of the producers it depends on.
 */
public interface EventCatalog {

    List<Class<? extends DomainEvent>> events();
}
