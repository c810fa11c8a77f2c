package dev.switchboard.achievement.credential;

/**
 * What a verification found: VALID, EXPIRED or REVOKED for an achievement this issuer issued (revoked wins); FORGED
 * for a credential not signed by this issuer's keys (or changed since); UNKNOWN for a number, or a correctly signed
 * credential, of no achievement here.
 */
public enum VerificationStatus {
    VALID, EXPIRED, REVOKED, FORGED, UNKNOWN
}
