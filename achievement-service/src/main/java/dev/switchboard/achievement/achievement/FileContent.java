package dev.switchboard.achievement.achievement;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The type of a file judged by its first bytes, never by its name or the type the client claimed: only PDF, PNG and
 * JPEG are kept. The stream must support mark/reset; it is left at its start.
 */
final class FileContent {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FileContent() {
    }

    static Optional<String> typeOf(InputStream content) throws IOException {
        content.mark(PNG.length);
        byte[] head = content.readNBytes(PNG.length);
        content.reset();
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        return startsWith(head, JPEG) ? Optional.of("image/jpeg") : Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
