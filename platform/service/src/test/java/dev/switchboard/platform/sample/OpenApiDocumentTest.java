package dev.switchboard.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/** What the platform adds to every service's OpenAPI document, shown on the sample service. */
@ServiceTest
class OpenApiDocumentTest {

    private static final String PROBLEM = "content['application/problem+json'].schema['$ref']";

    @Autowired
    MockMvc mvc;
    @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}")
    String issuer;

    @Test
    void theDocumentIsTitledAndDescribedByTheServicesProperties() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Sample service"))
                .andExpect(jsonPath("$.info.description").value(
                        "A service of one aggregate, to prove the platform's mechanics on their own."))
                .andExpect(jsonPath("$.info.version").value(not("v0")));
    }

    @Test
    void swaggerUiLogsInThroughTheRealmWithAnAuthorizationCodeOrTakesABearerToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.securitySchemes.keycloak.type").value("oauth2"))
                .andExpect(jsonPath("$.components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl")
                        .value(issuer + "/protocol/openid-connect/auth"))
                .andExpect(jsonPath("$.components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl")
                        .value(issuer + "/protocol/openid-connect/token"))
                .andExpect(jsonPath("$.components.securitySchemes.keycloak.flows.authorizationCode.scopes.openid")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.bearerFormat").value("JWT"))
                .andExpect(jsonPath("$.security[0].keycloak[0]").value("openid"))
                .andExpect(jsonPath("$.security[1]", hasKey("bearer")));
    }

    @Test
    void everyOperationNamesItsProblemResponses404OnlyWithAPathVariableAnd413OnlyWithABody() throws Exception {
        String problem = "#/components/schemas/ProblemDetail";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/gadgets'].post.responses['400']." + PROBLEM).value(problem))
                .andExpect(jsonPath("$.paths['/api/gadgets'].post.responses['413']." + PROBLEM).value(problem))
                .andExpect(jsonPath("$.paths['/api/gadgets'].post.responses", not(hasKey("404"))))
                .andExpect(jsonPath("$.paths['/api/echo'].get.responses['401']." + PROBLEM).value(problem))
                .andExpect(jsonPath("$.paths['/api/echo'].get.responses['503']." + PROBLEM).value(problem))
                .andExpect(jsonPath("$.paths['/api/echo'].get.responses", not(hasKey("404"))))
                .andExpect(jsonPath("$.paths['/api/echo'].get.responses", not(hasKey("413"))))
                .andExpect(jsonPath("$.paths['/api/failures/{kind}'].post.responses['409']." + PROBLEM).value(problem))
                .andExpect(jsonPath("$.paths['/api/failures/{kind}'].post.responses", not(hasKey("413"))));
    }

    @Test
    void aResponseTheControllerDeclaresItselfIsKept() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/failures/{kind}'].post.responses['404'].description")
                        .value("Gadget g-1 does not exist (kind `missing`)."));
    }

    @Test
    void theProblemSchemaNamesRfc9457sMembersAndOurExtensions() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.type.format").value("uri"))
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.status.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.title").exists())
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.detail").exists())
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.instance").exists())
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.errors.items.properties.field")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.reasons.type").value("array"));
    }

    /** The gateway passes the caller's Host on, so "Try it out" in Swagger UI goes through the gateway. */
    @Test
    void theServerIsWhereverTheDocumentWasAskedFor() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Host", "localhost:8080"))
                .andExpect(jsonPath("$.servers[0].url").value("http://localhost:8080"));
        mvc.perform(get("/v3/api-docs").header("Host", "127.0.0.1:8080"))
                .andExpect(jsonPath("$.servers[0].url").value("http://127.0.0.1:8080"));
    }

    @Test
    void actuatorPathsStayOutOfTheDocument() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(document).doesNotContain("/actuator");
    }
}
