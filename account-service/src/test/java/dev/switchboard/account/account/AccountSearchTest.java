package dev.switchboard.account.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountSearchTest extends AccountsTestSupport {

    @Test
    void accountsAreFoundByAnAccentAndCaseInsensitivePrefixOfTheirNameWordsAndFilteredByState() throws Exception {
        String word = uniqueWord();
        createAccountNamed("Ångström Industries " + word);
        createAccountNamed("angstrom labs " + word);
        createAccountNamed("Other Holdings " + word);
        createAccount("{\"name\": \"Ångstrom Archive " + word + "\", \"active\": false}");

        assertThat(names(search("q=ANGSTR " + word))).containsExactly(
                "Ångstrom Archive " + word, "Ångström Industries " + word, "angstrom labs " + word);
        assertThat(names(search("q=angstr " + word + "&active=true")))
                .containsExactly("Ångström Industries " + word, "angstrom labs " + word);
        assertThat(names(search("q=" + word + "&active=false"))).containsExactly("Ångstrom Archive " + word);
        assertThat(names(search("q=ndustries " + word))).isEmpty();
    }

    @Test
    void resultsArePagedAndSortedByNameOrCreationTime() throws Exception {
        String word = uniqueWord();
        createAccountNamed("Charlie " + word);
        createAccountNamed("alpha " + word);
        createAccountNamed("Bravo " + word);

        JsonNode first = search("q=" + word + "&size=2&sort=name");
        assertThat(names(first)).containsExactly("alpha " + word, "Bravo " + word);
        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(names(search("q=" + word + "&size=2&page=1&sort=name,asc"))).containsExactly("Charlie " + word);
        assertThat(names(search("q=" + word + "&sort=name,desc")))
                .containsExactly("Charlie " + word, "Bravo " + word, "alpha " + word);

        List<Instant> newestFirst = new ArrayList<>();
        search("q=" + word + "&sort=createdAt,desc").get("items")
                .forEach(item -> newestFirst.add(Instant.parse(item.get("createdAt").asString())));
        assertThat(newestFirst).hasSize(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void withoutParametersTheFirstTwentyAccountsAreListed() throws Exception {
        createAccountNamed("Listed " + uniqueWord());

        JsonNode page = search("");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("items").size()).isBetween(1, 20);
    }

    @Test
    void anUnknownSortIsA400Problem() throws Exception {
        for (String sort : List.of("website", "name,sideways", "createdAt;drop", "primaryRoles.Billing")) {
            mvc.perform(get("/api/accounts").param("sort", sort).header("Authorization", VIEWER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("sort"));
        }
    }

    @Test
    void aPageSizeBeyond200OrANegativePageIsA400Problem() throws Exception {
        mvc.perform(get("/api/accounts?size=201").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"));
        mvc.perform(get("/api/accounts?page=-1").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/accounts?active=maybe").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void operatorsAndPatternsInTheQueryAreSearchedAsPlainText() throws Exception {
        String word = uniqueWord();
        createAccountNamed("Where Holdings " + word);
        createAccountNamed("Elsewhere " + word);

        assertThat(names(search("q=$where " + word))).containsExactly("Where Holdings " + word);
        mvc.perform(get("/api/accounts").param("q", "{\"$gt\": \"\"} .* " + word).header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/accounts").param("q", "{\"$ne\": null}").header("Authorization", VIEWER))
                .andExpect(status().isOk());
    }

    private JsonNode search(String query) throws Exception {
        return getJson("/api/accounts?" + query);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
