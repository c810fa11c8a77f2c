package dev.switchboard.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void wordsAreLowerCaseWithoutAccents() {
        assertThat(SearchKeys.words("Zoë  Ångström-Björk", "  ")).containsExactly("zoe", "angstrom-bjork");
    }

    @Test
    void anEmailIsFoundByItsLocalPartsToo() {
        assertThat(SearchKeys.email("Ada.Lovelace@Example.org"))
                .contains("ada.lovelace@example.org", "ada", "lovelace");
    }

    @Test
    void aPhoneLikeQueryIsOneDigitTerm() {
        assertThat(SearchKeys.terms("+44 (20) 7946")).containsExactly("44207946");
        assertThat(SearchKeys.terms("ada 12")).containsExactly("ada", "12");
    }

    @Test
    void operatorsAndPatternsInAQueryArePlainText() {
        assertThat(SearchKeys.terms("{\"$gt\": \"\"} .*")).containsExactly("gt", ".");
        assertThat(SearchKeys.matching("keys", "a.b").getCriteriaObject().toJson()).contains("^a\\\\.b");
    }
}
