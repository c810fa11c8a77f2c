package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ServiceTest
class ProblemResponsesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownResourceIs404() throws Exception {
        fail("missing").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No gadget with id 'g-1'"));
    }

    @Test
    void anAggregateTheModelCannotFindIs404LikeAnyUnknownResource() throws Exception {
        fail("unknown-aggregate").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No gadget with id 'g-2'"));
    }

    @Test
    void valuesTheModelRefusesAre400sNamingEachFieldLikeAFailedConstraint() throws Exception {
        fail("invalid-values").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("emails[1].address"))
                .andExpect(jsonPath("$.errors[0].message").value("appears more than once"))
                .andExpect(jsonPath("$.errors[1].field").value("customFields.size"));
    }

    @Test
    void aConflictIs409WithItsReasons() throws Exception {
        fail("conflict").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"))
                .andExpect(jsonPath("$.reasons[0]").value("it has history"));
    }

    @Test
    void aConcurrentUpdateIs409() throws Exception {
        fail("stale").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/concurrent-update"));
    }

    @Test
    void aBrokenBusinessRuleIs422() throws Exception {
        fail("rule").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unprocessable"));
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatGivesNothingAway() throws Exception {
        fail("bug").andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/internal"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret internals"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/failures/missing")
                        .header("Authorization", bearer(TestTokens.user("viewer", "viewer"))))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/method-not-allowed"));
    }

    private ResultActions fail(String kind) throws Exception {
        return mvc.perform(post("/api/failures/" + kind).header("Authorization", bearer(TestTokens.user("editor", "editor"))));
    }
}
