package dev.switchboard.account.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AccountHierarchyTest extends AccountsTestSupport {

    private static final String UNPROCESSABLE = "https://switchboard.dev/problems/unprocessable";

    @Test
    void anAccountBelongsToAnExistingParentAccount() throws Exception {
        String group = createAccountNamed("Umbrella Group");
        String subsidiary = createAccount("{\"name\": \"Umbrella Labs\", \"parentAccountId\": \"" + group + "\"}");

        assertThat(getJson("/api/accounts/" + subsidiary).get("parentAccountId").asString()).isEqualTo(group);
    }

    @Test
    void anUnknownParentAccountIs422() throws Exception {
        mvc.perform(post("/api/accounts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Orphan\", \"parentAccountId\": \"no-such-account\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(UNPROCESSABLE))
                .andExpect(jsonPath("$.detail").value("Parent account 'no-such-account' does not exist."));
    }

    @Test
    void anAccountCannotBeItsOwnParent() throws Exception {
        String id = createAccountNamed("Ouroboros");

        patchAccount(id, "{\"parentAccountId\": \"" + id + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(UNPROCESSABLE));
    }

    @Test
    void aParentBelowTheAccountWouldFormACycleAndIsRefused() throws Exception {
        String top = createAccountNamed("Top");
        String middle = createAccount("{\"name\": \"Middle\", \"parentAccountId\": \"" + top + "\"}");
        String bottom = createAccount("{\"name\": \"Bottom\", \"parentAccountId\": \"" + middle + "\"}");

        patchAccount(top, "{\"parentAccountId\": \"" + bottom + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(UNPROCESSABLE))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cycle")));

        assertThat(getJson("/api/accounts/" + top).has("parentAccountId")).isFalse();
        String other = createAccountNamed("Other Top");
        patchAccount(top, "{\"parentAccountId\": \"" + other + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentAccountId").value(other));
        patchAccount(top, "{\"parentAccountId\": null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentAccountId").doesNotExist());
    }
}
