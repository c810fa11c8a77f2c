package dev.switchboard.platform.testkit;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens shaped like the realm's (issuer, audience, realm roles, username, client) signed by a key of this JVM, for slice
 * and service tests; {@link Decoder} makes the service under test trust exactly that key and issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/switchboard";
    public static final String CONSOLE = "switchboard-console";
    public static final String INTEGRATION = "switchboard-integration";
    /** What the realm's audience mapper puts into console and integration tokens, and what the API accepts. */
    public static final String AUDIENCE = "switchboard-api";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** A console user's token: events it causes are on the MANUAL channel. */
    public static String user(String username, String... roles) {
        return mint(ISSUER, username, CONSOLE, roles);
    }

    /** Another system's token (client credentials): events it causes are on the API channel. */
    public static String client(String clientId, String... roles) {
        return mint(ISSUER, "service-account-" + clientId, clientId, roles);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The key every token of this JVM is signed with, for decoders {@link Decoder} does not cover (reactive ones). */
    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String mint(String issuer, String username, String clientId, String... roles) {
        return mint(issuer, AUDIENCE, username, clientId, roles);
    }

    /** A token meant for another audience than the API, as the realm issues to its other clients. */
    public static String forAudience(String audience, String username, String... roles) {
        return mint(ISSUER, audience, username, CONSOLE, roles);
    }

    private static String mint(String issuer, String audience, String username, String clientId, String... roles) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("preferred_username", username)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withKeyPair((RSAPublicKey) KEYS.getPublic(), (RSAPrivateKey) KEYS.getPrivate()).build();
        return encoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the issuer lookup of the service under test with this JVM's key and the realm's issuer. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {

        @Bean
        JwtDecoder testJwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }
}
