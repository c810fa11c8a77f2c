package dev.switchboard.identity.credentials;

/** Where a contact's portal access stands. */
public enum CredentialsStatus {
    /** The user may log in. */
    ACTIVE,
    /** The user is disabled in the realm; restoring enables it again. */
    BLOCKED,
    /** Access was rejected and revoked (the user disabled); the contact may not register again by itself. */
    REJECTED,
    /** The user was mailed a link to choose a password and has not yet chosen one. */
    INVITED,
    /** The contact has no portal credentials (never had, or they were removed). */
    NONE
}
