package dev.switchboard.achievement.achievement;

import java.time.Instant;

/** One version of a document's file, kept in GridFS under {@code fileId}. */
record StoredFile(String fileId, String contentType, String filename, long size, Instant storedAt) {
}
