package dev.switchboard.account;

import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.events.account.PrimaryContactAssigned;
import dev.switchboard.events.account.PrimaryContactRemoved;
import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.events.account.PrimaryRoleRemoved;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.testkit.ServiceContract;
import java.util.Set;

/** Runs the platform's service contract (probes, OpenAPI, topics), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {

    @Override
    protected Set<Class<? extends DomainEvent>> publishedEvents() {
        return Set.of(AccountCreated.class, AccountUpdated.class, AccountDeactivated.class, AccountReactivated.class,
                PrimaryContactAssigned.class, PrimaryContactRemoved.class, PrimaryRoleAssigned.class,
                PrimaryRoleRemoved.class);
    }
}
