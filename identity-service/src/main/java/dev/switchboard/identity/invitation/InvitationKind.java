package dev.switchboard.identity.invitation;

import java.util.List;

/**
 * What a contact is invited to the portal as (seed 004's "invite client", "invite internal user", "invite client
 * group"), and what that means in roles and in the contact's kind.
 */
public enum InvitationKind {
    /** A client's user: the portal role only, so it reads only what is its own. */
    CLIENT(List.of(), "CLIENT"),
    /** One of our own people: the portal role and viewer, so it may read the contacts and accounts it works with. */
    INTERNAL(List.of("viewer"), "INTERNAL"),
    /** A client's user as member of a client group (contact-service's {@code groups}): the portal role only. */
    CLIENT_GROUP(List.of(), "CLIENT");

    private final List<String> roles;
    private final String contactKind;

    InvitationKind(List<String> roles, String contactKind) {
        this.roles = roles;
        this.contactKind = contactKind;
    }

    /** The realm roles besides {@code portal}. */
    List<String> roles() {
        return roles;
    }

    /** The contact's kind in contact-service for a contact the invitation creates. */
    String contactKind() {
        return contactKind;
    }
}
