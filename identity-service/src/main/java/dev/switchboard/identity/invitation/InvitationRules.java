package dev.switchboard.identity.invitation;

import dev.switchboard.platform.domain.InvalidValues;

/** What an invitation must name besides its fields' own limits. */
final class InvitationRules {

    private InvitationRules() {
    }

    /** Exactly one of an existing contact and a new one. */
    static void requireOneContact(String contactId, Object contact) {
        if ((contactId == null) == (contact == null)) {
            throw InvalidValues.of(contactId == null ? "contactId" : "contact",
                    "name either an existing contact (contactId) or a new one (contact), not both");
        }
    }

    /** A group for CLIENT_GROUP, and none for the other kinds. */
    static void requireGroupFor(InvitationKind kind, String groupId) {
        if (kind == InvitationKind.CLIENT_GROUP && groupId == null) {
            throw InvalidValues.of("groupId", "a CLIENT_GROUP invitation names the group");
        }
        if (kind != InvitationKind.CLIENT_GROUP && groupId != null) {
            throw InvalidValues.of("groupId", "only a CLIENT_GROUP invitation names a group");
        }
    }
}
