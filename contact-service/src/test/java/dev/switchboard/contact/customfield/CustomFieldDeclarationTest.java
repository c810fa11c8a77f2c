package dev.switchboard.contact.customfield;

import dev.switchboard.contact.contact.ContactTestSupport;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class CustomFieldDeclarationTest extends ContactTestSupport {

    private static final String CONFLICT = "https://switchboard.dev/problems/conflict";

    @Test
    void aFieldsTypeCannotChangeWhileContactsCarryItsValues() throws Exception {
        String key = uniqueKey("badge");
        declare(key, "{\"type\": \"STRING\"}").andExpect(status().isOk());
        String account = account("Badges Ltd");
        String carrier = createContact(account, "{\"firstName\": \"Badge\", \"lastName\": \"One\", "
                + "\"customFields\": {\"" + key + "\": \"A-1\"}}").get("id").asString();
        String deleted = createContact(account, "{\"firstName\": \"Badge\", \"lastName\": \"Two\", "
                + "\"customFields\": {\"" + key + "\": \"B-2\"}}").get("id").asString();
        mvc.perform(delete("/api/contacts/" + deleted).header("Authorization", ADMIN))
                .andExpect(status().isNoContent());

        declare(key, "{\"type\": \"NUMBER\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(CONFLICT))
                .andExpect(jsonPath("$.reasons[0]").value("2 contact(s) carry a value of '" + key + "'"));

        mvc.perform(get("/api/contacts/custom-fields").header("Authorization", VIEWER))
                .andExpect(jsonPath("$[?(@.key == '" + key + "')].type").value(Matchers.contains("STRING")));
        mvc.perform(patch("/api/contacts/" + carrier).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"Still\"}"))
                .andExpect(status().isOk());
        declare(key, "{\"label\": \"Badge\", \"type\": \"STRING\"}").andExpect(status().isOk());
    }

    @Test
    void aFieldNoContactCarriesMayChangeItsType() throws Exception {
        String key = uniqueKey("spare");
        declare(key, "{\"type\": \"STRING\"}").andExpect(status().isOk());

        declare(key, "{\"type\": \"NUMBER\"}").andExpect(status().isOk()).andExpect(jsonPath("$.type").value("NUMBER"));
    }

    @Test
    void anEnumValueInUseCannotBeTakenAwayButAnUnusedOneCan() throws Exception {
        String key = uniqueKey("tier");
        declare(key, "{\"type\": \"ENUM\", \"values\": [\"GOLD\", \"SILVER\", \"BRONZE\"]}").andExpect(status().isOk());
        createContact(account("Tiers Ltd"), "{\"firstName\": \"Gold\", \"lastName\": \"Member\", "
                + "\"customFields\": {\"" + key + "\": \"GOLD\"}}");

        declare(key, "{\"type\": \"ENUM\", \"values\": [\"SILVER\", \"BRONZE\"]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(CONFLICT))
                .andExpect(jsonPath("$.reasons[0]").value("1 contact(s) carry one of [GOLD] in '" + key + "'"));
        declare(key, "{\"type\": \"ENUM\", \"values\": [\"GOLD\", \"SILVER\"]}").andExpect(status().isOk());
    }

    @Test
    void blankOrRepeatedEnumValuesAre400s() throws Exception {
        String key = uniqueKey("colour");
        for (String values : new String[] {"[\"\"]", "[\"  \"]", "[null]", "[\"RED\", \"RED\"]"}) {
            declare(key, "{\"type\": \"ENUM\", \"values\": " + values + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value(Matchers.startsWith("values")));
        }
        mvc.perform(get("/api/contacts/custom-fields").header("Authorization", VIEWER))
                .andExpect(jsonPath("$[?(@.key == '" + key + "')]").isEmpty());
    }

    private ResultActions declare(String key, String body) throws Exception {
        return mvc.perform(put("/api/contacts/custom-fields/" + key).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String uniqueKey(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
