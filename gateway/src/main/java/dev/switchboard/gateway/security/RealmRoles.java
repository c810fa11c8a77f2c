package dev.switchboard.gateway.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The realm roles a caller's token holds ({@code realm_access.roles}), for the few rules the gateway checks itself. */
final class RealmRoles {

    private RealmRoles() {
    }

    static boolean holdsAny(Authentication caller, String... roles) {
        if (!(caller instanceof JwtAuthenticationToken token)) {
            return false;
        }
        Map<String, Object> realmAccess = token.getToken().getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> held
                && Arrays.stream(roles).anyMatch(held::contains);
    }
}
