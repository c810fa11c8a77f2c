package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The checker passes a complete document and names each planted gap. */
class OpenApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PROBLEM = "{\"description\": \"a problem\", \"content\": {\"application/problem+json\": "
            + "{\"schema\": {\"$ref\": \"#/components/schemas/ProblemDetail\"}}}}";
    private static final String PROBLEMS = String.join(", ", "\"400\": " + PROBLEM, "\"401\": " + PROBLEM,
            "\"403\": " + PROBLEM, "\"409\": " + PROBLEM, "\"422\": " + PROBLEM, "\"429\": " + PROBLEM,
            "\"503\": " + PROBLEM);

    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Gadget service", "version": "0.1.0", "description": "Gadgets, for tests."},
              "security": [{"keycloak": ["openid"]}, {"bearer": []}],
              "paths": {
                "/api/gadgets": {
                  "post": {
                    "tags": ["Gadgets"], "summary": "Create a gadget", "operationId": "createGadget",
                    "requestBody": {"content": {"application/json": {}}},
                    "responses": {"201": {"description": "Created"}, %1$s, "413": %2$s}
                  },
                  "get": {
                    "tags": ["Gadgets"], "summary": "List gadgets", "operationId": "listGadgets",
                    "responses": {"200": {"description": "OK"}, %1$s}
                  }
                },
                "/api/gadgets/{id}": {
                  "get": {
                    "tags": ["Gadgets"], "summary": "Read a gadget", "operationId": "getGadget",
                    "responses": {"200": {"description": "OK"}, %1$s, "404": %2$s}
                  }
                },
                "/api/gadgets/{id}/polish": {
                  "post": {
                    "tags": ["Gadgets"], "summary": "Polish a gadget", "operationId": "polishGadget",
                    "responses": {"200": {"description": "OK"}, %1$s, "404": %2$s}
                  }
                }
              },
              "components": {
                "schemas": {"ProblemDetail": {"type": "object"}},
                "securitySchemes": {
                  "keycloak": {"type": "oauth2", "flows": {"authorizationCode": {
                    "authorizationUrl": "http://localhost:8180/realms/switchboard/protocol/openid-connect/auth",
                    "tokenUrl": "http://localhost:8180/realms/switchboard/protocol/openid-connect/token",
                    "scopes": {"openid": "who you are"}}}},
                  "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
                }
              }
            }
            """.formatted(PROBLEMS, PROBLEM);

    @Test
    void aCompleteDocumentPasses() {
        assertThatCode(() -> OpenApiContract.check(DOCUMENT)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentTheOpenApiSchemaRefusesIsRefused() {
        assertFails(document -> ((ObjectNode) operation(document, "/api/gadgets", "get").get("responses").get("200"))
                .remove("description"), "not valid OpenAPI 3.1.0: /paths/~1api~1gadgets/get/responses/200", "description");
        assertFails(document -> ((ObjectNode) document.get("components").get("securitySchemes").get("bearer"))
                .put("type", "token"), "not valid OpenAPI 3.1.0: /components/securitySchemes/bearer");
        assertFails(document -> ((ObjectNode) document.get("components").get("schemas").get("ProblemDetail"))
                .put("type", "record"), "not valid OpenAPI 3.1.0: /components/schemas/ProblemDetail/type");
    }

    @Test
    void aReferenceToNothingIsRefused() {
        assertFails(document -> ((ObjectNode) document.get("components")).remove("schemas"), "/paths/~1api~1gadgets/get/responses/400/content/application~1problem+json/schema: "
                + "$ref #/components/schemas/ProblemDetail points to nothing in the document");
    }

    @Test
    void anOpenApi30DocumentIsValidatedAgainstThe30SchemaAndOtherVersionsAreRefused() {
        assertThatCode(() -> OpenApiContract.check(DOCUMENT.replace("\"3.1.0\"", "\"3.0.3\"")))
                .doesNotThrowAnyException();
        assertFails(document -> {
            document.put("openapi", "3.0.3");
            ((ObjectNode) operation(document, "/api/gadgets", "get").get("responses").get("200")).remove("description");
        }, "not valid OpenAPI 3.0.3: /paths/~1api~1gadgets/get/responses/200");
        assertFails(document -> document.put("openapi", "2.0"), "openapi '2.0' is neither 3.0.x nor 3.1.x");
    }

    @Test
    void springdocsDefaultTitleAndVersionAreRefused() {
        assertFails(document -> document.set("info", JSON.createObjectNode()
                .put("title", "OpenAPI definition").put("version", "v0")),
                "info.title is springdoc's default", "info.version is springdoc's default", "info.description is missing");
    }

    @Test
    void anOperationWithoutSummaryIsRefused() {
        assertFails(document -> operation(document, "/api/gadgets/{id}", "get").remove("summary"),
                "GET /api/gadgets/{id}: no summary");
    }

    @Test
    void anOperationWithoutOperationIdOrWithSpringdocsDuplicateSuffixIsRefused() {
        assertFails(document -> operation(document, "/api/gadgets/{id}", "get").remove("operationId"),
                "GET /api/gadgets/{id}: operationId '' is not lowerCamelCase");
        assertFails(document -> operation(document, "/api/gadgets/{id}", "get").put("operationId", "getGadget_1"),
                "operationId 'getGadget_1' is not lowerCamelCase");
    }

    @Test
    void aDuplicateOperationIdIsRefused() {
        assertFails(document -> operation(document, "/api/gadgets", "get").put("operationId", "getGadget"),
                "operationId getGadget is not unique");
    }

    @Test
    void anUntaggedOperationOrAControllerNamedTagIsRefused() {
        assertFails(document -> operation(document, "/api/gadgets", "get").remove("tags"),
                "GET /api/gadgets: no tag");
        assertFails(document -> operation(document, "/api/gadgets", "get").putArray("tags").add("gadget-controller"),
                "GET /api/gadgets: tag 'gadget-controller' is a class name");
    }

    @Test
    void aCreatingPostThatDeclaresOnly200IsRefusedWhileAnActionPostMayAnswer200() {
        assertFails(document -> {
            ObjectNode responses = (ObjectNode) operation(document, "/api/gadgets", "post").get("responses");
            responses.remove("201");
            responses.putObject("200").put("description", "OK");
        }, "POST /api/gadgets: creates a member of /api/gadgets but declares no 201");
    }

    @Test
    void aMissingProblemResponseIsRefusedAnd404And413AreAskedWhereTheyApply() {
        assertFails(document -> ((ObjectNode) operation(document, "/api/gadgets", "get").get("responses")).remove("429"),
                "GET /api/gadgets: no 429 application/problem+json response");
        assertFails(document -> ((ObjectNode) operation(document, "/api/gadgets/{id}", "get").get("responses"))
                .remove("404"), "GET /api/gadgets/{id}: no 404 application/problem+json response");
        assertFails(document -> ((ObjectNode) operation(document, "/api/gadgets", "post").get("responses"))
                .remove("413"), "POST /api/gadgets: no 413 application/problem+json response");
        assertFails(document -> ((ObjectNode) operation(document, "/api/gadgets", "get").get("responses"))
                .putObject("503").put("description", "as plain text"),
                "GET /api/gadgets: no 503 application/problem+json response");
    }

    @Test
    void missingSecuritySchemesAreRefused() {
        assertFails(document -> {
            document.remove("components");
            document.remove("security");
        }, "no oauth2 security scheme", "no http bearer security scheme", "no global security requirement");
    }

    private static void assertFails(Consumer<ObjectNode> plant, String... expected) {
        ObjectNode document = (ObjectNode) JSON.readTree(DOCUMENT);
        plant.accept(document);
        assertThatThrownBy(() -> OpenApiContract.check(document.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(expected);
    }

    private static ObjectNode operation(ObjectNode document, String path, String method) {
        return (ObjectNode) document.get("paths").get(path).get(method);
    }
}
