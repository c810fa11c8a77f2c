package dev.switchboard.webhook.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets in the Standard Webhooks form: {@code whsec_} and the base64 of 24 to 64 random bytes. */
final class SigningSecrets {

    static final String PREFIX = "whsec_";
    static final String PATTERN = "^whsec_[A-Za-z0-9+/]{32,88}={0,2}$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
