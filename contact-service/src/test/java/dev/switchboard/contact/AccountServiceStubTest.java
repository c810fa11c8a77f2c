package dev.switchboard.contact;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.testkit.JsonContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stub of account-service answers only what account-service's real response has, so the two cannot drift. */
class AccountServiceStubTest {

    @AfterEach
    void forget() {
        AccountServiceStub.ACCOUNTS.remove("stubbed");
    }

    @Test
    void aStubbedAccountWithTheContractsFieldsIsAccepted() {
        assertThatCode(() -> AccountServiceStub.ACCOUNTS.put("stubbed", JsonContract.ACCOUNT.example()))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccountServiceStub.ACCOUNTS.put("stubbed",
                "{\"id\": \"stubbed\", \"name\": \"Fresh Inc\", \"active\": true, \"version\": 1}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aStubbedAccountWithAFieldAccountServiceDoesNotAnswerIsRefused() {
        assertThatThrownBy(() -> AccountServiceStub.ACCOUNTS.put("stubbed",
                "{\"id\": \"stubbed\", \"accountName\": \"Fresh Inc\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("accountName");
    }

    @Test
    void aStubbedAccountWithAFieldOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> AccountServiceStub.ACCOUNTS.put("stubbed", "{\"id\": \"stubbed\", \"active\": \"yes\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("active");
        assertThatThrownBy(() -> AccountServiceStub.ACCOUNTS.put("stubbed",
                "{\"id\": \"stubbed\", \"addresses\": [{\"kind\": \"BILLING\"}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("addresses[].kind");
    }
}
