package dev.switchboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What runs without a token: health probes and the API docs of every service, through the gateway. */
@RunningGateway
class OperationsTest {

    @Autowired
    WebTestClient client;
    @LocalServerPort
    int port;

    @Test
    void healthAndItsProbesAreOpen() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void infoNamesTheBuildAndTheCommitWithoutAToken() {
        client.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.version").isNotEmpty()
                .jsonPath("$.git.commit.id").isNotEmpty();
    }

    @Test
    void eachServicesApiDocsAreServedThroughItsRouteWithoutToken() {
        for (Downstream service : Downstreams.ALL) {
            client.get().uri("/v3/api-docs/" + service.name()).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo(service.name());
            assertThat(service.single().uri()).isEqualTo("/v3/api-docs");
            assertThat(service.single().header("Authorization")).isNull();
            // so that the servers in the service's document, and "try it out", lead through the gateway
            assertThat(service.single().header("Host")).isEqualTo("localhost:" + port);
        }
    }

    @Test
    void theEventDocsOfThePublishingServicesAreServedWithoutTokenAsTheServicesYaml() {
        for (Downstream service : List.of(Downstreams.CONTACT, Downstreams.ACCOUNT, Downstreams.IDENTITY,
                Downstreams.ACHIEVEMENT, Downstreams.WEBHOOK)) {
            String yaml = "asyncapi: 3.0.0\ninfo:\n  title: " + service.name() + "-service events\n";
            service.answer(200, "application/yaml", yaml);
            client.get().uri("/asyncapi/" + service.name() + ".yaml").exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("application/yaml")
                    .expectBody(String.class).isEqualTo(yaml);
            assertThat(service.single().uri()).isEqualTo("/asyncapi/asyncapi.yaml");
            assertThat(service.single().header("Authorization")).isNull();
        }
    }

    @Test
    void theSwaggerUiListsEveryServicesDocs() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("contact", "account", "identity", "achievement", "audit", "webhook"))
                .jsonPath("$.urls[?(@.name == 'account')].url").isEqualTo("/v3/api-docs/account");
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/swagger-ui/index.html");
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void theGatewaysOwnDocumentDescribesTheProfileAndThePersonalDataWithTheRealmsLogin() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[?(@.name == 'gateway')].url").isEqualTo("/v3/api-docs");
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/contacts/{id}/profile'].get.operationId").isEqualTo("getContactProfile")
                .jsonPath("$.paths['/api/contacts/{id}/profile'].get.parameters[*].name").isEqualTo(List.of("id"))
                .jsonPath("$.paths['/api/contacts/{id}/personal-data'].get.operationId").isEqualTo("getContactPersonalData")
                .jsonPath("$.paths['/api/contacts/{id}/personal-data'].get.responses['200'].content['application/json']"
                        + ".examples.purged.value").exists()
                .jsonPath("$.paths.length()").isEqualTo(2)
                .jsonPath("$.components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl")
                .isEqualTo("http://localhost:8180/realms/switchboard/protocol/openid-connect/token")
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
        Downstreams.ALL.forEach(service -> assertThat(service.received()).as(service.name()).isEmpty());
    }

    /** Swagger UI's Authorize button logs in as the realm's public console client with PKCE, back to this page. */
    @Test
    void theSwaggerUiLogsInThroughTheRealmsConsoleClientWithPkce() {
        client.get().uri("/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script.replaceAll("\\s", ""))
                        .contains("ui.initOAuth(", "\"clientId\":\"switchboard-console\"",
                                "\"usePkceWithAuthorizationCodeGrant\":true", "\"scopes\":\"openid\""));
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.oauth2RedirectUrl")
                .isEqualTo("http://localhost:" + port + "/swagger-ui/oauth2-redirect.html");
        client.get().uri("/swagger-ui/oauth2-redirect.html").exchange().expectStatus().isOk();
    }
}
