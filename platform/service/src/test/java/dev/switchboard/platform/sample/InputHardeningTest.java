package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ServiceTest
class InputHardeningTest {

    private static final String EDITOR = bearer(TestTokens.user("editor", "editor", "viewer"));
    private static final String VALIDATION = "https://switchboard.dev/problems/validation";
    private static final String MALFORMED = "https://switchboard.dev/problems/malformed-request";

    @Autowired
    MockMvc mvc;

    @Test
    void textIsReadAsNfcWithoutSurroundingWhiteSpace() throws Exception {
        echo("{\"name\": \"\\u00a0 Zoe\\u0308 \\t\", \"note\": \"line one\\nline two\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Zo\u00eb"))
                .andExpect(jsonPath("$.note").value("line one\nline two"));
    }

    @Test
    void onlyAFieldMarkedMultiLineHoldsLineBreaks() throws Exception {
        echo("{\"name\": \"Ada\\nLovelace\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is one line: no line breaks or tabs"));
        echo("{\"name\": \"Ada\", \"tags\": [\"a\\tb\"]}").andExpect(status().isBadRequest());
        echo("{\"name\": \"Ada\", \"note\": \"one\\r\\ntwo\\tthree\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("one\r\ntwo\tthree"));
    }

    @Test
    void textInsideFreeFormValuesFollowsTheSameRules() throws Exception {
        echo("{\"name\": \"Ada\", \"extra\": {\"level\": \"a\\u0000b\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("extra.level"));
        echo("{\"name\": \"Ada\", \"extra\": {\"level\": [\" e\\u0301 \"]}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.extra.level[0]").value("\u00e9"));
    }

    @Test
    void aNameOfOnlyNoBreakSpacesIsBlank() throws Exception {
        echo("{\"name\": \"\\u00a0\\u2007\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(VALIDATION));
    }

    @Test
    void controlFormatAndBidiCharactersAreRefusedNamingTheField() throws Exception {
        for (String hostile : new String[] {"a\\u0000b", "\\u001b[31mred", "abc\\u202edcba", "\\u200b", "x\\ufeff",
                "\\ud800"}) {
            echo("{\"name\": \"Ada\", \"tags\": [\"" + hostile + "\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[0].field").value("tags[0]"));
        }
    }

    @Test
    void aNumberOrBooleanIsNotReadAsTextNorTextAsABoolean() throws Exception {
        echo("{\"name\": 123}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        echo("{\"name\": true}").andExpect(status().isBadRequest());
        echo("{\"name\": \"Ada\", \"active\": \"true\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
        echo("{\"name\": \"Ada\", \"colour\": 0}").andExpect(status().isBadRequest());
    }

    @Test
    void aDuplicateKeyOrAnUnknownFieldIsRefused() throws Exception {
        echo("{\"name\": \"Ada\", \"name\": \"Eve\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
        echo("{\"name\": \"Ada\", \"isAdmin\": true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("isAdmin"));
    }

    @Test
    void aDateOutsideTheYears1000To9999IsRefused() throws Exception {
        for (String date : new String[] {"+999999999-01-01", "0000-01-01", "0999-12-31", "10000-01-01", "2024-02-30"}) {
            echo("{\"name\": \"Ada\", \"born\": \"" + date + "\"}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("born"));
        }
        echo("{\"name\": \"Ada\", \"born\": \"1815-12-10\"}").andExpect(status().isOk());
    }

    @Test
    void anEnumMismatchListsTheAllowedValuesAndNamesNoJavaType() throws Exception {
        echo("{\"name\": \"Ada\", \"colour\": \"BLUE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of RED, GREEN"))
                .andExpect(content().string(not(containsString("dev.switchboard"))));
        mvc.perform(get("/api/echo").param("colour", "BLUE").header("Authorization", EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of RED, GREEN"))
                .andExpect(content().string(not(containsString("dev.switchboard"))));
    }

    @Test
    void deepNestingIsRefusedBeforeItIsRead() throws Exception {
        mvc.perform(post("/api/echo/tree").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(MALFORMED))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("limits")));
    }

    @Test
    void aBodyOverOneMegabyteIs413() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        echo(huge).andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/payload-too-large"));
    }

    @Test
    void aParameterNameWithBracketsDotsOrDollarsIsA400Problem() throws Exception {
        for (String name : new String[] {"colour[$ne]", "q[$gt]", "q.$where", "$where"}) {
            mvc.perform(get("/api/echo").param(name, "x").header("Authorization", EDITOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[0].field").value(name));
        }
    }

    @Test
    void aPageBeyondTheResultWindowIsRefusedRatherThanWrapped() throws Exception {
        mvc.perform(get("/api/echo").param("page", "2147483647").param("size", "200").header("Authorization", EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void theErrorPageAndUnknownPathsAreProblems() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 400))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(MALFORMED));
        mvc.perform(get("/api/").header("Authorization", EDITOR)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"))
                .andExpect(jsonPath("$.detail").value(not(containsString("static resource"))));
    }

    @Test
    void aUrlTheFirewallRefusesIsAProblem() throws Exception {
        mvc.perform(get("/api/gadgets/a%2F..%2Fb").header("Authorization", EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(MALFORMED));
    }

    private ResultActions echo(String body) throws Exception {
        return mvc.perform(post("/api/echo").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }
}
