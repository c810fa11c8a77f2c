package dev.switchboard.events.account;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

/** What account-service publishes on the accounts topic. */
public final class AccountEvents implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(
                AccountCreated.class, AccountUpdated.class, AccountDeactivated.class, AccountReactivated.class,
                PrimaryContactAssigned.class, PrimaryContactRemoved.class, PrimaryRoleAssigned.class,
                PrimaryRoleRemoved.class);
    }
}
