package dev.switchboard.events.identity;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

/** What identity-service publishes on the identity topic. */
public final class IdentityEvents implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(
                CredentialsCreated.class, UsernameChanged.class, PasswordResetRequested.class, AccessBlocked.class,
                AccessRestored.class, AccessRejected.class, CredentialsRemoved.class, InvitationSent.class,
                PortalRegistered.class);
    }
}
