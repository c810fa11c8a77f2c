package dev.switchboard.gateway.security;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.problems.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem responses, keeping the status and {@code WWW-Authenticate} header of the bearer token scheme;
 * a realm that cannot be asked about a token (Keycloak down or still starting) is a 503, not the caller's fault.
 */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final BearerTokenServerAuthenticationEntryPoint bearerEntryPoint = new BearerTokenServerAuthenticationEntryPoint();
    private final BearerTokenServerAccessDeniedHandler bearerAccessDenied = new BearerTokenServerAccessDeniedHandler();
    private final ProblemWriter writer;

    ProblemSecurityHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        return bearerEntryPoint.commence(headersOnly(exchange), e)
                .then(Mono.defer(() -> writer.write(exchange.getResponse(), unauthenticated(exchange))));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException e) {
        if (e instanceof AuthenticationServiceException) {
            log.warn("Token not checked, the realm cannot be reached: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
            return writer.write(filterExchange.getExchange().getResponse(), Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The sign-in service cannot be reached to check the token; retry shortly."));
        }
        return commence(filterExchange.getExchange(), e);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return bearerAccessDenied.handle(headersOnly(exchange), e)
                .then(Mono.defer(() -> writer.write(exchange.getResponse(), Problems.problem(HttpStatus.FORBIDDEN,
                        ProblemTypes.FORBIDDEN, "Forbidden",
                        exchange.getAttributeOrDefault(RealmRoleAccess.REFUSAL, "Nothing is served at this path.")))));
    }

    /** A token sent twice or in a malformed way is a bad request in the bearer scheme, not a missing login. */
    private static ProblemDetail unauthenticated(ServerWebExchange exchange) {
        if (HttpStatus.BAD_REQUEST.equals(exchange.getResponse().getStatusCode())) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The bearer token is not sent as RFC 6750 asks.");
        }
        return Problems.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated",
                "A valid bearer token from the Switchboard realm is required.");
    }

    /** Spring's bearer handlers complete the response; here they may only set the status and the header. */
    private static ServerWebExchange headersOnly(ServerWebExchange exchange) {
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.empty();
            }
        };
        return exchange.mutate().response(response).build();
    }
}
