package dev.switchboard.gateway.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document of what the gateway answers itself (the contact profile, the personal data), listed in Swagger UI as
 * "gateway", with the same two ways to log in as every service's document, so that Authorize and Try it out work alike.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocument {

    @Bean
    OpenAPI gatewayOpenApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String openIdConnect = issuer + "/protocol/openid-connect";
        SecurityScheme realmLogin = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Log in with a user of the realm (authorization code with PKCE).")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(openIdConnect + "/auth")
                        .tokenUrl(openIdConnect + "/token")
                        .refreshUrl(openIdConnect + "/token")
                        .scopes(new Scopes().addString("openid", "The user's identity; the roles come with it."))));
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the realm whose audience names the API.");
        return new OpenAPI()
                .info(new Info().title("Switchboard gateway").description("What the gateway composes from several "
                        + "services in one call; every other path is a service's own, in its document."))
                .components(new Components().addSecuritySchemes("keycloak", realmLogin).addSecuritySchemes("bearer", bearer))
                .security(List.of(new SecurityRequirement().addList("keycloak", "openid"),
                        new SecurityRequirement().addList("bearer")));
    }
}
