package dev.switchboard.account.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.problems.ProblemTypes;
import dev.switchboard.platform.testkit.ServiceWebTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How {@link AccountController} maps requests and refusals, with no Kafka and no MongoDB behind it. */
@ServiceWebTest(AccountController.class)
@Import({AccountEdits.class, ParentAccounts.class})
class AccountControllerWebTest {

    private static final String EDITOR = bearer(TestTokens.user("editor", "editor", "viewer"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountRepository accounts;

    @MockitoBean
    AccountSearch search;

    @Test
    void aCreatedAccountAnswers201WithItsLocationAndTheDetailsAsStored() throws Exception {
        when(accounts.save(any(Account.class))).thenAnswer(saving -> saving.getArgument(0));

        mvc.perform(post("/api/accounts").header(HttpHeaders.AUTHORIZATION, EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"  Acme Ltd \", \"type\": \"customer\", \"phone\": \"+1 555 0100\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/accounts/")))
                .andExpect(jsonPath("$.name").value("Acme Ltd"))
                .andExpect(jsonPath("$.type").value("customer"))
                .andExpect(jsonPath("$.phone").value("+1 555 0100"))
                .andExpect(jsonPath("$.addresses").isEmpty())
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aParentAccountThatDoesNotExistIsA422ProblemAndNothingIsSaved() throws Exception {
        when(accounts.findById("nowhere")).thenReturn(Optional.empty());

        mvc.perform(post("/api/accounts").header(HttpHeaders.AUTHORIZATION, EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Acme Ltd\", \"parentAccountId\": \"nowhere\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.type").value(ProblemTypes.UNPROCESSABLE.toString()))
                .andExpect(jsonPath("$.detail").value("Parent account 'nowhere' does not exist."));
        verify(accounts, never()).save(any());
    }

    @Test
    void activeGivenAsNullIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/accounts").header(HttpHeaders.AUTHORIZATION, EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Acme Ltd\", \"active\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemTypes.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("active"));
        verify(accounts, never()).save(any());
    }
}
