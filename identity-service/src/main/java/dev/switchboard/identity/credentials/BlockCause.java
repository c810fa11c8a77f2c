package dev.switchboard.identity.credentials;

/** Who or what blocked portal access, so that only the same cause going away restores it by itself. */
enum BlockCause {
    /** An admin; only an admin restores it. */
    ADMIN,
    /** The contact was marked as having left its company. */
    LEFT_COMPANY,
    /** The contact was soft-deleted; restoring the contact restores the access. */
    CONTACT_DELETED
}
