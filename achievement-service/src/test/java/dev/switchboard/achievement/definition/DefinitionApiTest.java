package dev.switchboard.achievement.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.achievement.AchievementTestSupport;
import dev.switchboard.platform.web.MergePatches;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class DefinitionApiTest extends AchievementTestSupport {

    @Test
    void anAdminDefinesAnAchievementThatAViewerReads() throws Exception {
        JsonNode definition = definition("P2Y");

        assertThat(definition.get("validityPeriod").asString()).isEqualTo("P2Y");
        mvc.perform(get("/api/achievements/definitions/" + definition.get("id").asString())
                        .header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("First aid"))
                .andExpect(jsonPath("$.numberPattern").value(definition.get("numberPattern").asString()));
        mvc.perform(get("/api/achievements/definitions").header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + definition.get("id").asString() + "')]").exists());
    }

    @Test
    void anEditorMayNotDefineAchievements() throws Exception {
        mvc.perform(post("/api/achievements/definitions").header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"numberPattern\":\"X-{seq:3}\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPatternWithoutASequenceOrAnUnknownPlaceholderIsRefusedByName() throws Exception {
        for (String pattern : new String[] {"CERT-{yyyy}", "CERT-{seq:3}-{seq:2}", "CERT-{dd}-{seq:3}", "A<b>{seq:2}"}) {
            mvc.perform(post("/api/achievements/definitions").header("Authorization", ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"numberPattern\":\"" + pattern + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.errors[0].field").value("numberPattern"));
        }
    }

    @Test
    void aValidityPeriodMustBeAPositiveIsoPeriodOfAtMostAHundredYears() throws Exception {
        for (String period : new String[] {"2 years", "P0D", "P500Y", "-P1Y"}) {
            mvc.perform(post("/api/achievements/definitions").header("Authorization", ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"numberPattern\":\"X-{seq:3}\",\"validityPeriod\":\"" + period
                                    + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("validityPeriod"));
        }
    }

    @Test
    void aMergePatchChangesTheFieldsItNamesAndRefusesReadOnlyOnes() throws Exception {
        String id = definition("P2Y").get("id").asString();

        mvc.perform(patch("/api/achievements/definitions/" + id).header("Authorization", ADMIN)
                        .contentType(MergePatches.MEDIA_TYPE).content("{\"validityPeriod\":\"P6M\",\"brand\":null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validityPeriod").value("P6M"))
                .andExpect(jsonPath("$.brand").doesNotExist())
                .andExpect(jsonPath("$.name").value("First aid"));
        mvc.perform(patch("/api/achievements/definitions/" + id).header("Authorization", ADMIN)
                        .contentType(MergePatches.MEDIA_TYPE).content("{\"id\":\"other\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/achievements/definitions/" + id).header("Authorization", EDITOR)
                        .contentType(MergePatches.MEDIA_TYPE).content("{\"brand\":\"x\"}"))
                .andExpect(status().isForbidden());
    }
}
