package dev.switchboard.account;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.account.AccountCreated;
import dev.switchboard.platform.events.account.AccountDeactivated;
import dev.switchboard.platform.events.account.AccountReactivated;
import dev.switchboard.platform.events.account.AccountUpdated;
import dev.switchboard.platform.events.account.PrimaryContactAssigned;
import dev.switchboard.platform.events.account.PrimaryContactRemoved;
import dev.switchboard.platform.events.account.PrimaryRoleAssigned;
import dev.switchboard.platform.events.account.PrimaryRoleRemoved;
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
