package dev.switchboard.identity.realm;

import java.util.List;

/** A user to create in the realm: who the contact is, and the realm roles the user gets. */
public record PortalUser(String username, String email, String firstName, String lastName, List<String> roles) {
}
