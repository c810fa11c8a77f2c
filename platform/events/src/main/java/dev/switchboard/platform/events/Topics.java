package dev.switchboard.platform.events;

/** Kafka topics of the domain: one per producing service, keyed by aggregate id. */
public final class Topics {

    public static final String CONTACTS = "switchboard.contacts.v1";
    public static final String ACCOUNTS = "switchboard.accounts.v1";
    public static final String IDENTITY = "switchboard.identity.v1";
    public static final String ACHIEVEMENTS = "switchboard.achievements.v1";
    public static final String WEBHOOKS = "switchboard.webhooks.v1";

    /** Matches every domain topic, present and future, but not their dead-letter topics. */
    public static final String ALL_DOMAIN_TOPICS = "switchboard\\..*\\.v1";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
