package dev.switchboard.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.accounts.AccountView;
import dev.switchboard.events.account.AccountDeactivated;
import dev.switchboard.events.account.AccountUpdated;
import dev.switchboard.events.account.PrimaryRoleAssigned;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ViewsRaceTest extends ContactTestSupport {

    @Autowired
    TopicCatchUp catchUp;

    private static final String ACCOUNT_SERVICE = "/switchboard/account-service";

    @Test
    void aContactMadeAPrimaryRoleHolderAMomentAgoIsNotDeleted() throws Exception {
        String account = account("Billing Race Ltd");
        for (int i = 0; i < 10; i++) {
            String contact = createContact(account, "Just", "Promoted" + i);
            publish(Topics.ACCOUNTS, new PrimaryRoleAssigned(account, 2 + i, "billing", contact, null), ACCOUNT_SERVICE);
            mvc.perform(delete("/api/contacts/" + contact).header("Authorization", ADMIN))
                    .andExpect(status().isConflict());
        }
    }

    @Test
    void noContactIsCreatedOnAnAccountDeactivatedAMomentAgo() throws Exception {
        for (int i = 0; i < 10; i++) {
            String account = account("Closing Race " + i);
            publish(Topics.ACCOUNTS, new AccountDeactivated(account, 2), ACCOUNT_SERVICE);
            mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"accountId\": \"" + account + "\", \"firstName\": \"Too\", \"lastName\": \"Late\"}"))
                    .andExpect(status().isUnprocessableContent());
        }
    }

    @Test
    void anAccountEventBeyondTheNextIsNotAppliedUntilTheOnesBeforeItAre() throws Exception {
        String account = account("Gapless Ltd");
        publish(Topics.ACCOUNTS, new AccountUpdated(account, 3, List.of(), accountDetails("Gapless Third")), ACCOUNT_SERVICE);
        catchUp.await(Topics.ACCOUNTS);
        assertThat(mongo.findById(account, AccountView.class).name()).isEqualTo("Gapless Ltd");

        publish(Topics.ACCOUNTS, new AccountUpdated(account, 2, List.of(), accountDetails("Gapless Second")), ACCOUNT_SERVICE);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                mongo.findById(account, AccountView.class).name().equals("Gapless Third"));
    }

}
