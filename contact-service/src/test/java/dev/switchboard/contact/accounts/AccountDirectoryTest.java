package dev.switchboard.contact.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.AccountServiceStub;
import dev.switchboard.contact.contact.ContactTestSupport;
import dev.switchboard.events.account.AccountCreated;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountReactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Which accounts contacts may link to, and the names their links show, as account events and account-service tell. */
class AccountDirectoryTest extends ContactTestSupport {

    private static final String ACCOUNT_SERVICE = "/switchboard/account-service";
    private static final String UNPROCESSABLE = "https://switchboard.dev/problems/unprocessable";

    @Autowired
    TopicCatchUp catchUp;

    @Test
    void anAccountLearntFromAccountServiceIsNotRolledBackByItsOlderEventsArrivingLater() throws Exception {
        String account = "fetched-" + UUID.randomUUID();
        AccountServiceStub.ACCOUNTS.put(account,
                "{\"id\": \"" + account + "\", \"name\": \"Renamed Twice\", \"active\": true, \"version\": 3}");
        String contact = createContact(account, "Early", "Linker");

        publish(Topics.ACCOUNTS, new AccountCreated(account, 1, accountDetails("First Name"), true), ACCOUNT_SERVICE);
        publish(Topics.ACCOUNTS, new AccountUpdated(account, 2, List.of(), accountDetails("Second Name")), ACCOUNT_SERVICE);
        catchUp.await(Topics.ACCOUNTS);
        accountNameOf(contact).andExpect(jsonPath("$.accounts[0].accountName").value("Renamed Twice"));

        publish(Topics.ACCOUNTS, new AccountUpdated(account, 3, List.of(), accountDetails("Renamed Twice")), ACCOUNT_SERVICE);
        publish(Topics.ACCOUNTS, new AccountUpdated(account, 4, List.of(), accountDetails("Fourth Name")), ACCOUNT_SERVICE);
        catchUp.await(Topics.ACCOUNTS);
        accountNameOf(contact).andExpect(jsonPath("$.accounts[0].accountName").value("Fourth Name"));
        assertThat(AccountServiceStub.CALLS.get(account)).hasValue(1);
    }

    @Test
    void anInactiveAccountThatOnlyAccountServiceKnowsIsRefusedAsA422() throws Exception {
        String account = "dormant-" + UUID.randomUUID();
        AccountServiceStub.ACCOUNTS.put(account,
                "{\"id\": \"" + account + "\", \"name\": \"Dormant Ltd\", \"active\": false, \"version\": 2}");

        newContact(account)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(UNPROCESSABLE))
                .andExpect(jsonPath("$.detail").value("Account " + account + " (Dormant Ltd) is inactive."));
        newContact(account).andExpect(status().isUnprocessableContent());

        assertThat(AccountServiceStub.CALLS.get(account)).as("asked once, then known").hasValue(1);
    }

    @Test
    void aReactivatedAccountTakesNewContactsAgain() throws Exception {
        String account = account("Seasonal Ltd");
        publish(Topics.ACCOUNTS, new AccountDeactivated(account, 2), ACCOUNT_SERVICE);
        newContact(account).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Seasonal Ltd")));

        publish(Topics.ACCOUNTS, new AccountReactivated(account, 3), ACCOUNT_SERVICE);

        newContact(account).andExpect(status().isCreated())
                .andExpect(jsonPath("$.accounts[0].accountName").value("Seasonal Ltd"));
    }

    @Test
    void aRenamedAccountShowsItsNewNameOnTheLinksOfItsContacts() throws Exception {
        String account = account("Old Name Ltd");
        String contact = createContact(account, "Loyal", "Customer");

        publish(Topics.ACCOUNTS, new AccountUpdated(account, 2, List.of(), accountDetails("New Name Ltd")), ACCOUNT_SERVICE);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> accountNameOf(contact)
                .andExpect(jsonPath("$.accounts[0].accountName").value("New Name Ltd")));
    }

    @Test
    void aDeactivationArrivingBeforeTheCreationIsAppliedAfterItSoTheAccountEndsInactive() throws Exception {
        String account = UUID.randomUUID().toString();
        publish(Topics.ACCOUNTS, new AccountDeactivated(account, 2), ACCOUNT_SERVICE);
        publish(Topics.ACCOUNTS, new AccountCreated(account, 1, accountDetails("Backwards Ltd"), true), ACCOUNT_SERVICE);

        newContact(account).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Account " + account + " (Backwards Ltd) is inactive."));
        assertThat(AccountServiceStub.CALLS).doesNotContainKey(account);
    }

    private ResultActions newContact(String account) throws Exception {
        return mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\": \"" + account + "\", \"firstName\": \"New\", \"lastName\": \"Contact\"}"));
    }

    private ResultActions accountNameOf(String contact) throws Exception {
        return mvc.perform(get("/api/contacts/" + contact).header("Authorization", VIEWER)).andExpect(status().isOk());
    }
}
