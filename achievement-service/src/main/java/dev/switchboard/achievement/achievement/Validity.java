package dev.switchboard.achievement.achievement;

/** Whether an achievement counts, as of a moment: revoked wins, expired follows the clock. */
public enum Validity {
    ACTIVE, EXPIRED, REVOKED
}
