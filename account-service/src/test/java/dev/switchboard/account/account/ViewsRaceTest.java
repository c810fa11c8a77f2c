package dev.switchboard.account.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.events.Topics;
import dev.switchboard.platform.inbox.TopicCatchUp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ViewsRaceTest extends AccountsTestSupport {

    @Autowired
    TopicCatchUp catchUp;

    @Test
    void aContactAnnouncedAMomentAgoCanBeGivenAPrimaryRoleAtOnce() throws Exception {
        String account = createAccountNamed("Race Track Ltd");
        for (int i = 0; i < 10; i++) {
            String contactId = UUID.randomUUID().toString();
            publish(new ContactCreated(contactId, 1, person("Quick", "Promotion" + i), account));
            assignRole(contactId, account).andExpect(status().isOk());
        }
    }

    @Test
    void aContactsEventBeyondTheNextIsNotAppliedUntilTheOnesBeforeItAre() throws Exception {
        String account = createAccountNamed("Ordered Ltd");
        String contactId = UUID.randomUUID().toString();
        publish(new ContactCreated(contactId, 1, person("Gap", "First"), account));
        awaitContact(account, contactId, contact -> true);

        publish(new ContactUpdated(contactId, 3, List.of(), person("Gap", "Third")));
        catchUp.await(Topics.CONTACTS);
        assertThat(contactOf(account, contactId).get("displayName").asString()).isEqualTo("Gap First");

        publish(new ContactUpdated(contactId, 2, List.of(), person("Gap", "Second")));
        awaitContact(account, contactId, contact -> contact.get("displayName").asString().equals("Gap Third"));
    }

    @Test
    void aDeletedContactsPrimaryRolesAreReleasedByTheSystem() throws Exception {
        String account = createAccountNamed("Compensation Ltd");
        String holder = linkedContact(account, "Slipped", "Through");
        assignRole(holder, account).andExpect(status().isOk());

        publish(new ContactDeleted(holder, 2));

        JsonNode released = awaitEvent(account, "switchboard.PrimaryRoleRemoved");
        assertThat(released.at("/data/contactId").asString()).isEqualTo(holder);
        assertThat(released.at("/channel").asString()).isEqualTo("SYSTEM");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(getJson("/api/accounts/" + account + "/primary-roles")).isEmpty());
    }

    private org.springframework.test.web.servlet.ResultActions assignRole(String contactId, String account)
            throws Exception {
        return putJson("/api/accounts/" + account + "/primary-roles/billing", "{\"contactId\": \"" + contactId + "\"}");
    }
}
