package dev.switchboard.identity.credentials;

import java.util.List;

/**
 * Credentials to set up for a contact, however the admin asked for them (directly or by an invitation).
 *
 * @param roles     realm roles besides {@code portal}
 * @param invite    whether Keycloak mails the contact a link to choose a password
 * @param language  the language of Keycloak's mails to the user (its {@code locale}): {@code en} or {@code fr}
 * @param invitedAs what the contact is invited as ({@code InvitationSent}'s kind), when it is mailed
 * @param groupId   the client group it is invited into, if any
 */
public record NewCredentials(String username, List<String> roles, boolean invite, String language, String invitedAs,
        String groupId) {

    public static final String DEFAULT_LANGUAGE = "en";

    public NewCredentials {
        roles = roles == null ? List.of() : List.copyOf(roles);
        language = language == null ? DEFAULT_LANGUAGE : language;
    }
}
