package dev.switchboard.platform.security;

import java.util.List;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** Who may read the metrics: a Prometheus on the same host without a token, anyone else only as an admin. */
final class MetricsAccess {

    private static final List<IpAddressMatcher> LOOPBACK =
            List.of(new IpAddressMatcher("127.0.0.0/8"), new IpAddressMatcher("::1"));

    private MetricsAccess() {
    }

    static AuthorizationManager<RequestAuthorizationContext> adminOrLoopback() {
        AuthorizationManager<RequestAuthorizationContext> loopback =
                (authentication, context) -> new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
        return AuthorizationManagers.anyOf(loopback, AuthorityAuthorizationManager.hasRole("admin"));
    }

    private static boolean isLoopback(String address) {
        try {
            return LOOPBACK.stream().anyMatch(matcher -> matcher.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
