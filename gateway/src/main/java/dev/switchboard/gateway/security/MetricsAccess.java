package dev.switchboard.gateway.security;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Who may read the gateway's metrics: a Prometheus on the same host without a token, anyone else only with a token
 * holding the realm role admin (or super-user, which includes it). The gateway checks no other roles.
 */
class MetricsAccess implements ReactiveAuthorizationManager<AuthorizationContext> {

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        InetSocketAddress remote = context.getExchange().getRequest().getRemoteAddress();
        if (remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress()) {
            return Mono.just(new AuthorizationDecision(true));
        }
        return authentication
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(isAdmin(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean isAdmin(Authentication caller) {
        if (!(caller instanceof JwtAuthenticationToken token)) {
            return false;
        }
        Map<String, Object> realmAccess = token.getToken().getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles
                && (roles.contains("admin") || roles.contains("super-user"));
    }
}
