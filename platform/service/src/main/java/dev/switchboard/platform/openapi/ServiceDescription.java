package dev.switchboard.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;

/**
 * The service's title, description and version, and how a caller proves who it is: a login through the realm
 * (authorization code with PKCE, what Swagger UI's Authorize button does) or a bearer token got elsewhere.
 */
class ServiceDescription implements GlobalOpenApiCustomizer {

    static final String REALM_LOGIN = "keycloak";
    static final String BEARER = "bearer";
    /** Without a build's own version (a run from the IDE before any Maven build) the document still has one. */
    static final String UNBUILT = "development";

    private final ApiProperties api;
    private final Optional<BuildProperties> build;

    ServiceDescription(ApiProperties api, Optional<BuildProperties> build) {
        this.api = api;
        this.build = build;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(api.title()).description(api.description()).version(version()));
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(REALM_LOGIN, realmLogin())
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token of the realm whose audience names the API, e.g. one got "
                                + "with client credentials."));
        openApi.security(List.of(new SecurityRequirement().addList(REALM_LOGIN, "openid"),
                new SecurityRequirement().addList(BEARER)));
    }

    private SecurityScheme realmLogin() {
        String openIdConnect = api.issuerUri() + "/protocol/openid-connect";
        return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Log in with a user of the realm (authorization code with PKCE).")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(openIdConnect + "/auth")
                        .tokenUrl(openIdConnect + "/token")
                        .refreshUrl(openIdConnect + "/token")
                        .scopes(new Scopes().addString("openid", "The user's identity; the roles come with it."))));
    }

    private String version() {
        return build.map(BuildProperties::getVersion).orElse(UNBUILT);
    }
}
