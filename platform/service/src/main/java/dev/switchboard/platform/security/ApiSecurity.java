package dev.switchboard.platform.security;

import dev.switchboard.platform.web.ProblemWriter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service's API: a bearer token from the realm, issued for the API's audience, is required; viewers read, editors write; rules stricter
 * than that sit on the endpoint ({@code @PreAuthorize("hasRole('admin')")}). A portal user reads only the paths a service
 * names in {@code switchboard.security.portal-paths}, which answer about the token's own subject. Health and API docs
 * are open, and so are the paths a service names in {@code switchboard.security.public-paths} (e.g. what anyone may
 * verify without an account); metrics are open to the scraper addresses only.
 */
@AutoConfiguration
@EnableMethodSecurity
public class ApiSecurity {

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper mapper,
            @Value("${switchboard.security.audience}") String audience,
            @Value("${switchboard.metrics.scrapers}") List<String> scrapers,
            @Value("${switchboard.security.portal-paths:}") List<String> portalPaths,
            @Value("${switchboard.security.public-paths:}") List<String> publicPaths) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(new ProblemWriter(mapper));
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                    "/v3/api-docs/**", "/asyncapi/**", "/error").permitAll()
                            .requestMatchers("/actuator/deadletters/**").hasRole("admin")
                            .requestMatchers("/actuator/prometheus").access(MetricsAccess.adminOrScraper(scrapers));
                    // guarded: a method with no patterns would match every path of that method
                    if (!publicPaths.isEmpty()) {
                        requests.requestMatchers(publicPaths.toArray(String[]::new)).permitAll();
                    }
                    if (!portalPaths.isEmpty()) {
                        requests.requestMatchers(HttpMethod.GET, portalPaths.toArray(String[]::new))
                                .hasAnyRole("portal", "viewer");
                    }
                    requests.requestMatchers(HttpMethod.GET, "/api/**").hasRole("viewer")
                            .requestMatchers("/api/**").hasRole("editor")
                            .anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ApiAudience(audience, new RealmRoles())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
