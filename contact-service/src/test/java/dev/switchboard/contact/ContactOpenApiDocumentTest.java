package dev.switchboard.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.switchboard.contact.contact.ContactTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What contact-service's OpenAPI document tells a reader: the requests and limits it enforces, as it enforces them. */
class ContactOpenApiDocumentTest extends ContactTestSupport {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationHasAFeatureTagASummaryAndAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
            JsonNode node = operation.getValue();
            assertThat(node.path("tags")).as(operation.getKey()).hasSize(1);
            assertThat(node.path("tags").get(0).asString()).as(operation.getKey()).doesNotContain("-controller");
            assertThat(node.path("summary").asString("")).as(operation.getKey()).isNotBlank();
            ids.add(node.path("operationId").asString(""));
        }
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates()
                .contains("createContact", "getContact", "patchContact", "searchContacts", "exportContacts");
    }

    @Test
    void creatingAContactIsDocumentedAsA201WithAFlatTypedBodyAndItsLimits() {
        JsonNode create = operations().get("POST /api/contacts");
        assertThat(create.path("responses").has("201")).isTrue();
        assertThat(create.path("responses").has("200")).isFalse();
        JsonNode body = schema(create.at("/requestBody/content/application~1json/schema"));
        assertThat(fieldNames(body.path("properties"))).contains("accountId", "firstName", "lastName", "emails",
                "flags", "customFields", "addressSync").doesNotContain("details", "id", "version");
        assertThat(body.path("required").valueStream().map(JsonNode::asString))
                .contains("accountId", "firstName", "lastName");
        assertThat(body.at("/properties/firstName/maxLength").asInt()).isEqualTo(100);
        assertThat(body.at("/properties/emails/maxItems").asInt()).isEqualTo(20);
        assertThat(body.at("/properties/description/maxLength").asInt()).isEqualTo(4000);
        assertThat(body.at("/properties/customFields/maxProperties").asInt()).isEqualTo(100);
    }

    @Test
    void aMergePatchIsDocumentedWithTheEditableDetails() {
        JsonNode patch = operations().get("PATCH /api/contacts/{id}");
        JsonNode content = patch.at("/requestBody/content");
        assertThat(content.has("application/merge-patch+json")).isTrue();
        JsonNode body = schema(content.path("application/merge-patch+json").path("schema"));
        assertThat(fieldNames(body.path("properties"))).contains("firstName", "emails", "reportsTo")
                .doesNotContain("accountId", "id", "accounts", "deleted", "version");
        assertThat(body.at("/properties/tags/maxItems").asInt()).isEqualTo(50);
    }

    @Test
    void searchFiltersArePlainQueryParametersAndTheExportIsCsv() {
        for (String key : List.of("GET /api/contacts", "GET /api/contacts/export")) {
            List<String> parameters = operations().get(key).path("parameters").valueStream()
                    .filter(parameter -> parameter.path("in").asString().equals("query"))
                    .map(parameter -> parameter.path("name").asString()).toList();
            assertThat(parameters).as(key).contains("q", "kind", "accountId", "tag", "deleted")
                    .doesNotContain("filter");
        }
        assertThat(operations().get("GET /api/contacts/export").at("/responses/200/content").has("text/csv")).isTrue();
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }
        return operations;
    }

    private JsonNode schema(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
    }
}
