package dev.switchboard.identity.credentials;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.identity.IdentityTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** What identity-service knows of contacts comes from contact-service's events, and decides who may get credentials. */
class ContactEligibilityTest extends IdentityTestSupport {

    @Test
    void aContactJustCreatedIsKnownAtOnceAndHasNoCredentials() throws Exception {
        String contactId = contact("Katherine", "Johnson", "katherine@example.org");

        mvc.perform(get("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactId").value(contactId))
                .andExpect(jsonPath("$.status").value("NONE"))
                .andExpect(jsonPath("$.username").doesNotExist());
    }

    @Test
    void anUnknownContactIsNotFound() throws Exception {
        mvc.perform(get("/api/contacts/" + UUID.randomUUID() + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
    }

    @Test
    void aDeletedContactGetsNoCredentialsAndAPurgedOneIsForgotten() throws Exception {
        String contactId = contact("Dorothy", "Vaughan", "dorothy@example.org");
        publish(new ContactDeleted(contactId, 2));

        setUp(contactId).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/conflict"));

        publish(new ContactRestored(contactId, 3));
        publish(new ContactDeleted(contactId, 4));
        publish(new ContactPurged(contactId, 5));
        mvc.perform(get("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void aContactWithoutEmailCannotGetCredentials() throws Exception {
        String contactId = contact("Annie", "Easley", null);

        setUp(contactId).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/unprocessable"));
    }

    @Test
    void aMalformedUsernameIsRefusedByName() throws Exception {
        String contactId = contact("Evelyn", "Boyd", "evelyn@example.org");

        mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "Evelyn Boyd"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    private ResultActions setUp(String contactId) throws Exception {
        return mvc.perform(put("/api/contacts/" + contactId + "/credentials").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", "user-" + contactId.substring(0, 8)))));
    }
}
