package dev.switchboard.platform.events;

import dev.switchboard.platform.events.account.AccountCreated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CloudEvents type of every event record, and the record class behind each type. */
public final class EventTypes {

    private static final String PREFIX = "switchboard.";

    private static final Map<String, Class<? extends DomainEvent>> KNOWN = List.<Class<? extends DomainEvent>>of(
                    AccountCreated.class)
            .stream()
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
