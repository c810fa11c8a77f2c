package dev.switchboard.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

class MetricsAccessTest {

    private final MetricsAccess access = new MetricsAccess(List.of("127.0.0.0/8", "::1", "172.28.0.0/16"));

    @Test
    void theSameHostReadsWithoutAToken() {
        assertThat(granted("127.0.0.1", Mono.empty())).isTrue();
    }

    @Test
    void aConfiguredScraperAddressReadsWithoutAToken() {
        assertThat(granted("172.28.3.4", Mono.empty())).isTrue();
    }

    @Test
    void anotherHostNeedsATokenWithTheRealmRoleAdmin() {
        assertThat(granted("10.0.0.5", Mono.empty())).isFalse();
        assertThat(granted("10.0.0.5", Mono.just(withRoles("viewer", "editor")))).isFalse();
        assertThat(granted("10.0.0.5", Mono.just(withRoles("admin")))).isTrue();
        assertThat(granted("10.0.0.5", Mono.just(withRoles("super-user")))).isTrue();
    }

    private boolean granted(String remoteAddress, Mono<Authentication> caller) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/prometheus")
                .remoteAddress(new InetSocketAddress(remoteAddress, 40000)));
        return access.authorize(caller, new AuthorizationContext(exchange)).block().isGranted();
    }

    private static Authentication withRoles(String... roles) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone")
                .claim("realm_access", Map.of("roles", List.of(roles))).build();
        return new JwtAuthenticationToken(jwt);
    }
}
