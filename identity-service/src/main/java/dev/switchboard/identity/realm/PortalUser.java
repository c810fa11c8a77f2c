package dev.switchboard.identity.realm;

/**
 * A user to create in the realm: who the contact is, and whether it was invited.
 *
 * @param invited whether the user is to choose a password through the invitation's link before logging in
 * @param locale  the language Keycloak writes to the user in (its mails, its pages): en or fr
 */
public record PortalUser(String username, String email, String firstName, String lastName, boolean invited,
        String locale) {
}
