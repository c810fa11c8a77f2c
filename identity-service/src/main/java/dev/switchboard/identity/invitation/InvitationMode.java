package dev.switchboard.identity.invitation;

/** Whether the contact is mailed the invitation, or only given credentials (an admin tells it another way). */
public enum InvitationMode {
    /** Keycloak mails a link to choose a password; the credentials show INVITED until one is chosen. */
    INVITE,
    /** Only the credentials; the user gets a password by a reset mail when it is told to. */
    QUIET
}
