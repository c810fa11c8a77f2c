package dev.switchboard.audit.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tamper evidence of the history. An entry's hash is SHA-256 over its canonical form: every field but the
 * values themselves, each written as {@code name:length:text} on its own line, in a fixed order, including the
 * previous entry's hash. Values enter only through their digests, SHA-256 of a random per-entry salt and the value's
 * text, so a purge that removes values and salt leaves every hash valid, and a digest left behind cannot be matched
 * against guessed names without the salt.
 */
final class EntryHashes {

    static final String GENESIS = "0".repeat(64);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntryHashes() {
    }

    static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    /** The digest of a value, null for no value. */
    static String digest(String salt, Object value) {
        return value == null ? null : sha256(salt + ":" + value);
    }

    static String hash(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, "id", entry.id());
        append(canonical, "seq", entry.seq());
        append(canonical, "previousHash", entry.previousHash());
        append(canonical, "time", entry.time());
        append(canonical, "entityType", entry.entityType());
        append(canonical, "entityId", entry.entityId());
        append(canonical, "entityVersion", entry.entityVersion());
        append(canonical, "field", entry.field());
        append(canonical, "oldDigest", entry.oldDigest());
        append(canonical, "newDigest", entry.newDigest());
        append(canonical, "redacted", entry.redacted());
        append(canonical, "actor", entry.actor());
        append(canonical, "actorName", entry.actorName());
        append(canonical, "channel", entry.channel());
        append(canonical, "eventType", entry.eventType());
        append(canonical, "eventId", entry.eventId());
        append(canonical, "correlationId", entry.correlationId());
        append(canonical, "causationId", entry.causationId());
        append(canonical, "position", entry.position());
        append(canonical, "contactIds", entry.contactIds() == null ? null : String.join(",", entry.contactIds()));
        return sha256(canonical.toString());
    }

    private static void append(StringBuilder canonical, String name, Object value) {
        String text = value == null ? "" : value.toString();
        canonical.append(name).append(':').append(value == null ? -1 : text.length()).append(':').append(text)
                .append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
