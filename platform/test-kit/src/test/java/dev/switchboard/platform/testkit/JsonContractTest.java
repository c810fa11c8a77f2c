package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A provider's response and a consumer's stub are held to the same example: names and JSON types. */
class JsonContractTest {

    private static final JsonContract ACCOUNT = JsonContract.ACCOUNT;

    @Test
    void theExampleItselfIsProvidedAndStubbed() {
        assertThatCode(() -> ACCOUNT.assertProvidedBy(ACCOUNT.example())).doesNotThrowAnyException();
        assertThatCode(() -> ACCOUNT.assertStubbedBy(ACCOUNT.example())).doesNotThrowAnyException();
    }

    @Test
    void aProviderThatRenamesDropsOrRetypesAFieldFails() {
        String example = ACCOUNT.example();
        assertThatThrownBy(() -> ACCOUNT.assertProvidedBy(example.replace("\"name\"", "\"title\"")))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> ACCOUNT.assertProvidedBy(example.replace("\"phone\": \"+1 555 0100\",", "")))
                .hasMessageContaining("phone");
        assertThatThrownBy(() -> ACCOUNT.assertProvidedBy(example.replace("\"version\": 3", "\"version\": \"3\"")))
                .hasMessageContaining("version");
    }

    @Test
    void aFieldLeftOutBecauseItIsNullMayBeNamed() {
        String withoutPhone = ACCOUNT.example().replace("\"phone\": \"+1 555 0100\",", "");
        assertThatCode(() -> ACCOUNT.assertProvidedBy(withoutPhone, "phone")).doesNotThrowAnyException();
    }

    @Test
    void aStubMayLeaveFieldsOutAndSetThemNullButNotInventOrRetypeThem() {
        assertThatCode(() -> ACCOUNT.assertStubbedBy("{\"id\": \"a-1\", \"type\": null}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ACCOUNT.assertStubbedBy("{\"id\": \"a-1\", \"deleted\": false}"))
                .hasMessageContaining("deleted");
        assertThatThrownBy(() -> ACCOUNT.assertStubbedBy("{\"id\": \"a-1\", \"primaryRoles\": []}"))
                .hasMessageContaining("primaryRoles");
    }
}
