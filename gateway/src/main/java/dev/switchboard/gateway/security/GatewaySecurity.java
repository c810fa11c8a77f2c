package dev.switchboard.gateway.security;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.platform.correlation.CorrelationIds;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway checks that a caller holds a valid token of the realm, issued for the API; roles are each service's business, so the
 * Authorization header travels on unchanged and a service's 403 comes back as it is. The gateway checks a role itself only for
 * what it answers itself from several services (a contact's personal data) and for its metrics.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ProblemWriter writer,
            @Value("${switchboard.security.audience}") String audience,
            @Value("${switchboard.metrics.scrapers}") List<String> scrapers,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") URI issuer,
            @Value("${switchboard.gateway.cors.allowed-origins}") List<String> corsOrigins) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/asyncapi/**", "/swagger-ui*/**",
                                "/webjars/**").permitAll()
                        // for anyone, without a token: self-registration, and checking an achievement's credential
                        // (verify, the issuer's profile and keys, the revocation lists)
                        .pathMatchers(HttpMethod.POST, "/api/portal/registrations").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/public/**").permitAll()
                        .pathMatchers("/actuator/prometheus").access(new MetricsAccess(scrapers))
                        // the gateway answers this itself from every service: the role is checked here, once
                        .pathMatchers(HttpMethod.GET, "/api/contacts/*/personal-data").access(new RealmRoleAccess(
                                "super-user", "Only a super-user may read everything held about a contact."))
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ApiAudience(audience)))
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(cors(corsOrigins)))
                // besides Spring Security's defaults (nosniff, no caching, HSTS on HTTPS requests only)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .writer(new ContentSecurityPolicies(issuer)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    /**
     * The console (a single-page application on its own origin) calls the API with a bearer token, never a cookie:
     * no credentials mode. What it may send and read are the headers the API uses.
     */
    private static CorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key",
                CorrelationIds.HEADER, "traceparent"));
        api.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
                HttpHeaders.CONTENT_DISPOSITION, CorrelationIds.HEADER, "Idempotent-Replayed"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
