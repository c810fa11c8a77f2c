package dev.switchboard.platform.events;

import dev.switchboard.platform.events.account.AccountCreated;
import dev.switchboard.platform.events.account.AccountDeactivated;
import dev.switchboard.platform.events.account.AccountReactivated;
import dev.switchboard.platform.events.account.AccountUpdated;
import dev.switchboard.platform.events.account.PrimaryContactAssigned;
import dev.switchboard.platform.events.account.PrimaryContactRemoved;
import dev.switchboard.platform.events.account.PrimaryRoleAssigned;
import dev.switchboard.platform.events.account.PrimaryRoleRemoved;
import dev.switchboard.platform.events.achievement.AchievementIssued;
import dev.switchboard.platform.events.achievement.AchievementReassigned;
import dev.switchboard.platform.events.achievement.AchievementRevoked;
import dev.switchboard.platform.events.contact.ContactAccountLinked;
import dev.switchboard.platform.events.contact.ContactAccountUnlinked;
import dev.switchboard.platform.events.contact.ContactCreated;
import dev.switchboard.platform.events.contact.ContactDeleted;
import dev.switchboard.platform.events.contact.ContactMoved;
import dev.switchboard.platform.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.platform.events.contact.ContactPurged;
import dev.switchboard.platform.events.contact.ContactRestored;
import dev.switchboard.platform.events.contact.ContactUpdated;
import dev.switchboard.platform.events.identity.AccessBlocked;
import dev.switchboard.platform.events.identity.AccessRejected;
import dev.switchboard.platform.events.identity.AccessRestored;
import dev.switchboard.platform.events.identity.CredentialsCreated;
import dev.switchboard.platform.events.identity.CredentialsRemoved;
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
