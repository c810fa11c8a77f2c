package dev.switchboard.platform.events;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CloudEvents type of every event record, and the record class behind each type this process knows: those of
 * the contract modules on its class path.
 */
public final class EventTypes {

    private static final String PREFIX = "switchboard.";

    private static final Map<String, Class<? extends DomainEvent>> KNOWN = ServiceLoader.load(EventCatalog.class)
            .stream()
            .flatMap(catalog -> catalog.get().events().stream())
            .collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, Function.identity()));

    private EventTypes() {
    }

    public static String typeOf(Class<? extends DomainEvent> eventClass) {
        return PREFIX + eventClass.getSimpleName();
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(KNOWN.get(type));
    }
}
