package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * The contact was mailed an invitation to the portal: a link to choose a password for its new credentials.
 *
 * @param kind     what the contact was invited as: CLIENT, INTERNAL, CLIENT_GROUP, or CREDENTIALS when an admin set
 *                 the credentials up directly and asked for the mail
 * @param groupId  the client group it was invited into; only for CLIENT_GROUP
 * @param language the language of the mail, en or fr
 */
public record InvitationSent(String credentialsId, long version, String contactId, String kind, String groupId,
        String language) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of();
    }
}
