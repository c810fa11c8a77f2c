package dev.switchboard.platform.events;

import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.events.account.PrimaryContactAssigned;
import dev.switchboard.events.account.PrimaryContactRemoved;
import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.events.account.PrimaryRoleRemoved;
import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementReassigned;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactAccountUnlinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.AccessRejected;
import dev.switchboard.events.identity.AccessRestored;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.events.identity.CredentialsRemoved;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CloudEvents type of every event record, and the record class behind each type. */
public final class EventTypes {

    private static final String PREFIX = "switchboard.";

    private static final Map<String, Class<? extends DomainEvent>> KNOWN = List.<Class<? extends DomainEvent>>of(
                    AccountCreated.class, AccountUpdated.class, AccountDeactivated.class, AccountReactivated.class,
                    PrimaryContactAssigned.class, PrimaryContactRemoved.class, PrimaryRoleAssigned.class,
                    PrimaryRoleRemoved.class,
                    ContactCreated.class, ContactUpdated.class, ContactAccountLinked.class,
                    ContactAccountUnlinked.class, ContactPrimaryAccountChanged.class, ContactMoved.class,
                    ContactDeleted.class, ContactRestored.class, ContactPurged.class,
                    CredentialsCreated.class, AccessBlocked.class, AccessRestored.class, AccessRejected.class,
                    CredentialsRemoved.class,
                    AchievementIssued.class, AchievementRevoked.class, AchievementReassigned.class)
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
