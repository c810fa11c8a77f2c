package dev.switchboard.identity.realm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where identity-service reaches the realm's Admin API, and as whom: its own confidential client, whose service
 * account may only manage the realm's users.
 *
 * @param serverUrl    Keycloak's base address
 * @param realm        the realm the users live in, and the client too
 * @param clientId     identity-service's client
 * @param clientSecret its secret
 * @param timeout      how long one call to Keycloak may take before the request is answered 503
 */
@ConfigurationProperties("switchboard.realm")
record RealmProperties(String serverUrl, String realm, String clientId, String clientSecret, Duration timeout) {

    RealmProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
