package dev.switchboard.identity.realm;

import java.util.List;

/**
 * A user to create in the realm: who the contact is, and the realm roles the user gets.
 *
 * @param invited whether the user is to choose a password through the invitation's link before logging in
 */
public record PortalUser(String username, String email, String firstName, String lastName, List<String> roles,
        boolean invited) {
}
