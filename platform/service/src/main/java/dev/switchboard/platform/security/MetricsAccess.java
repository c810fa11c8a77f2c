package dev.switchboard.platform.security;

import java.util.List;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may read the metrics: a Prometheus at one of the scraper addresses ({@code switchboard.metrics.scrapers}, the
 * same host unless configured) without a token, anyone else only as an admin.
 */
final class MetricsAccess {

    private MetricsAccess() {
    }

    static AuthorizationManager<RequestAuthorizationContext> adminOrScraper(List<String> scrapers) {
        List<IpAddressMatcher> matchers = scrapers.stream().map(IpAddressMatcher::new).toList();
        AuthorizationManager<RequestAuthorizationContext> scraper = (authentication, context) ->
                new AuthorizationDecision(isAmong(matchers, context.getRequest().getRemoteAddr()));
        return AuthorizationManagers.anyOf(scraper, AuthorityAuthorizationManager.hasRole("admin"));
    }

    private static boolean isAmong(List<IpAddressMatcher> matchers, String address) {
        try {
            return matchers.stream().anyMatch(matcher -> matcher.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
