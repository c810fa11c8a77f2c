package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aTokenOfTheRealmForAnotherAudienceIsAnUnauthenticatedProblem() throws Exception {
        String forAnotherClient = TestTokens.forAudience("account", "editor", "editor");

        mvc.perform(post("/api/failures/missing").header("Authorization", bearer(forAnotherClient)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unauthenticated"));
    }

    @Test
    void aPortalUserReadsThePathsAboutItselfAndNothingElse() throws Exception {
        String portal = bearer(TestTokens.user("petra", "portal"));

        mvc.perform(get("/api/me").header("Authorization", portal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("petra"));
        mvc.perform(get("/api/echo").header("Authorization", portal))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/forbidden"));
        mvc.perform(post("/api/echo/tree").header("Authorization", portal)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aViewerReadsThePortalPathsToo() throws Exception {
        mvc.perform(get("/api/me").header("Authorization", bearer(TestTokens.user("vera", "viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("vera"));
    }

    @Test
    void aPublicPathNeedsNoTokenAndNoOtherPathIsOpenedByIt() throws Exception {
        mvc.perform(get("/api/public/hello")).andExpect(status().isOk()).andExpect(jsonPath("$.hello").value("anyone"));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenForTheApiIsLetIn() throws Exception {
        mvc.perform(post("/api/failures/missing").header("Authorization", bearer(TestTokens.user("editor", "editor"))))
                .andExpect(status().isNotFound());
    }
}
