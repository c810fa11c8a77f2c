package dev.switchboard.gateway.security;

import java.util.List;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may read the gateway's metrics: a Prometheus at one of the scraper addresses ({@code switchboard.metrics.scrapers},
 * the same host unless configured) without a token, anyone else only with a token holding the realm role admin (or
 * super-user, which includes it). The gateway checks no other roles.
 */
class MetricsAccess implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final List<IpAddressServerWebExchangeMatcher> scrapers;

    MetricsAccess(List<String> scrapers) {
        this.scrapers = scrapers.stream().map(IpAddressServerWebExchangeMatcher::new).toList();
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        Mono<AuthorizationResult> asAdmin = authentication
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(isAdmin(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
        return Flux.fromIterable(scrapers)
                .concatMap(scraper -> scraper.matches(context.getExchange()))
                .any(ServerWebExchangeMatcher.MatchResult::isMatch)
                .flatMap(scraper -> scraper ? Mono.just(new AuthorizationDecision(true)) : asAdmin);
    }

    private static boolean isAdmin(Authentication caller) {
        return RealmRoles.holdsAny(caller, "admin", "super-user");
    }
}
