package dev.switchboard.gateway.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Passes a caller whose token holds the realm role; a refusal leaves its reason on the exchange
 * ({@link #REFUSAL}), which the 403 problem tells.
 */
class RealmRoleAccess implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final String REFUSAL = RealmRoleAccess.class.getName() + ".refusal";

    private final String role;
    private final String refusal;

    RealmRoleAccess(String role, String refusal) {
        this.role = role;
        this.refusal = refusal;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.map(caller -> RealmRoles.holdsAny(caller, role))
                .defaultIfEmpty(false)
                .map(holds -> {
                    if (!holds) {
                        context.getExchange().getAttributes().put(REFUSAL, refusal);
                    }
                    return new AuthorizationDecision(holds);
                });
    }
}
