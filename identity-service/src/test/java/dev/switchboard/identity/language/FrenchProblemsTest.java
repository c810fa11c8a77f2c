package dev.switchboard.identity.language;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.identity.IdentityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Seed 003 is bilingual: a client that prefers French gets identity-service's problems in French. */
class FrenchProblemsTest extends IdentityTestSupport {

    @Test
    void aProblemIsInFrenchForAClientThatPrefersFrenchAndInEnglishOtherwise() throws Exception {
        mvc.perform(get("/api/contacts/unknown-contact/credentials").header("Authorization", ADMIN)
                        .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Language", "fr"))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun contact n'a l'identifiant « unknown-contact »."));

        mvc.perform(get("/api/contacts/unknown-contact/credentials").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No contact with id 'unknown-contact'"));
    }

    @Test
    void aRefusedRequestNamesItsFieldsInFrenchToo() throws Exception {
        mvc.perform(post("/api/invitations").header("Authorization", ADMIN).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"CLIENT\", \"mode\": \"QUIET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.detail").value("La requête contient des champs invalides."));
    }
}
