package dev.switchboard.contact.customfield;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.contact.ContactTestSupport;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** What a custom field declaration may say, and which values a declared field lets contacts carry. */
class CustomFieldRulesTest extends ContactTestSupport {

    private static final String VALIDATION = "https://switchboard.dev/problems/validation";

    @Test
    void onlyAnEnumFieldHasValuesAndAnEnumFieldNeedsThem() throws Exception {
        String key = uniqueKey("shape");

        declare(key, ADMIN, "{\"type\": \"STRING\", \"values\": [\"ROUND\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(VALIDATION))
                .andExpect(jsonPath("$.errors[0].field").value("values"));
        declare(key, ADMIN, "{\"type\": \"ENUM\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values"));
        declare(key, ADMIN, "{\"type\": \"ENUM\", \"values\": []}").andExpect(status().isBadRequest());

        assertUndeclared(key);
    }

    @Test
    void aDeclarationWithoutAKnownTypeIsA400() throws Exception {
        String key = uniqueKey("mood");

        for (String body : List.of("{\"label\": \"Mood\"}", "{\"type\": \"COLOUR\"}", "{\"type\": null}")) {
            declare(key, ADMIN, body)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(VALIDATION));
        }

        assertUndeclared(key);
    }

    @Test
    void aKeyMustStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores() throws Exception {
        for (String key : List.of("1st_place", "_hidden", "with-dash", "a".repeat(51))) {
            declare(key, ADMIN, "{\"type\": \"STRING\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[0].field").value("key"));
            assertUndeclared(key);
        }
        declare("a" + "b".repeat(49), ADMIN, "{\"type\": \"STRING\"}").andExpect(status().isOk());
    }

    @Test
    void onlyAnAdminDeclaresAndEveryoneReadsTheFieldsInKeyOrder() throws Exception {
        String prefix = uniqueKey("order");
        declare(prefix + "_b", ADMIN, "{\"label\": \"Second\", \"type\": \"BOOLEAN\"}").andExpect(status().isOk());
        declare(prefix + "_a", ADMIN, "{\"label\": \"First\", \"type\": \"DATE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(prefix + "_a"))
                .andExpect(jsonPath("$.label").value("First"))
                .andExpect(jsonPath("$.type").value("DATE"));
        declare(prefix + "_c", EDITOR, "{\"type\": \"STRING\"}").andExpect(status().isForbidden());
        declare(prefix + "_c", VIEWER, "{\"type\": \"STRING\"}").andExpect(status().isForbidden());

        mvc.perform(get("/api/contacts/custom-fields").header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key =~ /" + prefix + "_.*/)].label")
                        .value(Matchers.contains("First", "Second")));
        assertUndeclared(prefix + "_c");
    }

    @Test
    void eachDeclaredFieldTakesOnlyValuesOfItsType() throws Exception {
        String text = declared("text", "{\"type\": \"STRING\"}");
        String number = declared("number", "{\"type\": \"NUMBER\"}");
        String flag = declared("flag", "{\"type\": \"BOOLEAN\"}");
        String day = declared("day", "{\"type\": \"DATE\"}");
        String size = declared("size", "{\"type\": \"ENUM\", \"values\": [\"S\", \"M\", \"L\"]}");
        String contact = createContact(account("Typed Fields Ltd"), """
                {"firstName": "Typed", "lastName": "Values", "customFields": {"%s": "free text", "%s": 42.5,
                 "%s": true, "%s": "2024-02-29", "%s": "M"}}""".formatted(text, number, flag, day, size))
                .get("id").asString();

        patchCustomFields(contact, """
                {"%s": "%s", "%s": "42", "%s": "yes", "%s": "2023-02-29", "%s": "XL"}"""
                .formatted(text, "x".repeat(1001), number, flag, day, size))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(VALIDATION))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("customFields." + text,
                        "customFields." + number, "customFields." + flag, "customFields." + day,
                        "customFields." + size)))
                .andExpect(jsonPath("$.errors[?(@.field == 'customFields." + size + "')].message")
                        .value(Matchers.contains("must be one of [S, M, L]")));

        mvc.perform(get("/api/contacts/" + contact).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.customFields." + number).value(42.5))
                .andExpect(jsonPath("$.customFields." + size).value("M"));
    }

    @Test
    void aContactCannotCarryAFieldNobodyDeclared() throws Exception {
        String undeclared = uniqueKey("ghost");

        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"" + account("Ghost Fields Ltd") + "\", \"firstName\": \"No\", "
                                + "\"lastName\": \"Such\", \"customFields\": {\"" + undeclared + "\": \"boo\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customFields." + undeclared))
                .andExpect(jsonPath("$.errors[0].message").value("is not a declared custom field"));
    }

    private String declared(String prefix, String body) throws Exception {
        String key = uniqueKey(prefix);
        declare(key, ADMIN, body).andExpect(status().isOk());
        return key;
    }

    private ResultActions declare(String key, String token, String body) throws Exception {
        return mvc.perform(put("/api/contacts/custom-fields/" + key).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions patchCustomFields(String contact, String values) throws Exception {
        return mvc.perform(patch("/api/contacts/" + contact).header("Authorization", EDITOR)
                .contentType("application/merge-patch+json").content("{\"customFields\": " + values + "}"));
    }

    private void assertUndeclared(String key) throws Exception {
        mvc.perform(get("/api/contacts/custom-fields").header("Authorization", VIEWER))
                .andExpect(jsonPath("$[?(@.key == '" + key + "')]").isEmpty());
    }

    private static String uniqueKey(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
