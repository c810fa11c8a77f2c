package dev.switchboard.achievement.credential;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the issuer's public documents are, as a verifier outside reaches them (through the gateway): its profile, its
 * keys, its status lists. Set {@code switchboard.achievements.public-url} to the address the world uses.
 */
@Component
class IssuerUrls {

    static final String PUBLIC = "/api/public/achievements";

    private final String base;

    IssuerUrls(@Value("${switchboard.achievements.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String issuer() {
        return base + PUBLIC + "/issuer";
    }

    URI jwks() {
        return URI.create(base + PUBLIC + "/issuer/jwks");
    }

    String statusList(long list) {
        return base + PUBLIC + "/status-lists/" + list;
    }
}
