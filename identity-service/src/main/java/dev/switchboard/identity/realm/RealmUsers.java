package dev.switchboard.identity.realm;

import dev.switchboard.platform.domain.DomainRuleViolation;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The realm's users as portal credentials need them, through the Admin API. Keycloak's refusals become domain
 * refusals; Keycloak away (or failing) becomes a 503, so the admin may retry ({@link RealmCalls}).
 */
@Component
public class RealmUsers {

    /** Every portal user holds it, besides the roles an admin gives. */
    public static final String PORTAL_ROLE = "portal";

    private static final Logger log = LoggerFactory.getLogger(RealmUsers.class);
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final String LOGIN = "LOGIN";
    private static final String LOCALE = "locale";

    private final Keycloak keycloak;
    private final String realmName;
    private final RealmCalls calls;

    RealmUsers(Keycloak keycloak, RealmProperties properties, RealmCalls calls) {
        this.keycloak = keycloak;
        this.realmName = properties.realm();
        this.calls = calls;
    }

    /** The realm's roles of these names; an unknown name is refused before anything is created. */
    public List<RoleRepresentation> roles(Collection<String> names) {
        return call(() -> {
            List<RoleRepresentation> roles = new ArrayList<>();
            for (String name : names) {
                try {
                    roles.add(realm().roles().get(name).toRepresentation());
                } catch (NotFoundException e) {
                    throw DomainRuleViolation.unprocessable("The realm has no role '" + name + "'.");
                }
            }
            return roles;
        });
    }

    /** Creates the enabled user with its roles; its id in the realm. A taken username or email is a conflict. */
    public String create(PortalUser user, List<RoleRepresentation> roles) {
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEmail(user.email());
        representation.setEmailVerified(true);
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        representation.setEnabled(true);
        if (user.locale() != null) {
            // what Keycloak's own mails to the user (invitation, reset) are written in; the realm supports en and fr
            representation.singleAttribute(LOCALE, user.locale());
        }
        if (user.invited()) {
            // the invitation's link clears it once a password is chosen, which is how an invitation shows as accepted
            representation.setRequiredActions(List.of(UPDATE_PASSWORD));
        }
        String userId = call(() -> {
            try (Response response = realm().users().create(representation)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw DomainRuleViolation.conflict("The realm already has a user with username '" + user.username()
                            + "' or email '" + user.email() + "'.", List.of("choose another username"));
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            call(() -> {
                realm().users().get(userId).roles().realmLevel().add(roles);
                return null;
            });
        } catch (RuntimeException e) {
            delete(userId);
            throw e;
        }
        return userId;
    }

    /**
     * identity-service's own token (its client's service account), for the calls it makes on no user's behalf, such as
     * creating the contact a self-registration needs in contact-service.
     */
    public String serviceToken() {
        return call(() -> keycloak.tokenManager().getAccessTokenString());
    }

    /** Mails the user a link to choose a password (Keycloak's execute-actions email); for a reset too. */
    public void sendInvitation(String userId) {
        call(() -> {
            user(userId).executeActionsEmail(List.of(UPDATE_PASSWORD));
            return null;
        });
    }

    /** Disables the user and ends its sessions, so neither a new login nor a session's refresh works. */
    public void block(String userId) {
        setEnabled(userId, false);
        onExistingUser(userId, () -> user(userId).logout());
    }

    public void restore(String userId) {
        setEnabled(userId, true);
    }

    /** Deletes the user; one already gone is fine. */
    public void delete(String userId) {
        call(() -> {
            try (Response response = realm().users().delete(userId)) {
                int status = response.getStatus();
                if (status >= 300 && status != Response.Status.NOT_FOUND.getStatusCode()) {
                    throw new WebApplicationException(response.getStatus());
                }
                return null;
            }
        });
    }

    /** Gives the user the contact's current email and names; an email another user has is a conflict. */
    public void describe(String userId, String email, String firstName, String lastName) {
        onExistingUser(userId, () -> {
            UserResource user = user(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEmail(email);
            representation.setFirstName(firstName);
            representation.setLastName(lastName);
            user.update(representation);
        });
    }

    /**
     * Gives the user a new login name. A name another user has is a conflict; one the realm's user profile refuses
     * (its length or characters) is unprocessable; a user deleted by hand in Keycloak's console cannot be renamed.
     */
    public void rename(String userId, String username) {
        call(() -> {
            try {
                UserResource user = user(userId);
                UserRepresentation representation = user.toRepresentation();
                representation.setUsername(username);
                user.update(representation);
            } catch (NotFoundException e) {
                throw DomainRuleViolation.conflict("The realm has no user for these credentials any more.",
                        List.of("remove the credentials and set them up again"));
            } catch (BadRequestException e) {
                throw DomainRuleViolation.unprocessable("The realm refused username '" + username + "'.");
            }
            return null;
        });
    }

    /** When the user last logged in, from the realm's saved LOGIN events (the newest comes first); empty if never. */
    public Optional<Instant> lastLogin(String userId) {
        return call(() -> realm().getEvents(List.of(LOGIN), null, userId, null, null, null, 0, 1).stream()
                .findFirst().map(event -> Instant.ofEpochMilli(event.getTime())));
    }

    /** Whether the user still has to choose a password (invited, not yet done). */
    public boolean awaitsPassword(String userId) {
        return call(() -> {
            try {
                List<String> actions = user(userId).toRepresentation().getRequiredActions();
                return actions != null && actions.contains(UPDATE_PASSWORD);
            } catch (NotFoundException e) {
                return false;
            }
        });
    }

    private void setEnabled(String userId, boolean enabled) {
        onExistingUser(userId, () -> {
            UserResource user = user(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
        });
    }

    /**
     * Changes a user that someone may have deleted by hand in Keycloak's console; a user gone has nothing left to
     * change, and retrying would hold up every later event of its partition.
     */
    private void onExistingUser(String userId, Runnable change) {
        call(() -> {
            try {
                change.run();
            } catch (NotFoundException e) {
                log.warn("The realm has no user {} any more; nothing to change", userId);
            }
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private UserResource user(String userId) {
        return realm().users().get(userId);
    }

    private <T> T call(Supplier<T> action) {
        return calls.call(action);
    }
}
