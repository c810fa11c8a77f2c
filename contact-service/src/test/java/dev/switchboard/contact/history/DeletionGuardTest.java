package dev.switchboard.contact.history;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.contact.ContactTestSupport;
import dev.switchboard.events.account.PrimaryContactAssigned;
import dev.switchboard.events.account.PrimaryContactRemoved;
import dev.switchboard.events.achievement.AchievementIssued;
import dev.switchboard.events.achievement.AchievementReassigned;
import dev.switchboard.events.achievement.AchievementRevoked;
import dev.switchboard.events.identity.AccessBlocked;
import dev.switchboard.events.identity.AccessRejected;
import dev.switchboard.events.identity.AccessRestored;
import dev.switchboard.events.identity.CredentialsCreated;
import dev.switchboard.events.identity.CredentialsRemoved;
import dev.switchboard.platform.events.Topics;
import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A contact with history in other services cannot be deleted: what identity-, achievement- and account-service
 * announce decides it. A delete answers only once this service has heard what they had announced when it was asked,
 * so each step asks right after publishing.
 */
class DeletionGuardTest extends ContactTestSupport {

    private static final String IDENTITY = "/switchboard/identity-service";
    private static final String ACHIEVEMENTS = "/switchboard/achievement-service";
    private static final String ACCOUNTS = "/switchboard/account-service";
    private static final String CREDENTIALS_REASON = "has active portal credentials";

    @Test
    void blockedAccessFreesTheContactAndRestoredAccessGuardsItAgain() throws Exception {
        String contact = contact("Restored");
        String credentials = "cred-" + contact;
        publish(Topics.IDENTITY, new CredentialsCreated(credentials, 1, contact, "restored.user"), IDENTITY);
        publish(Topics.IDENTITY, new AccessBlocked(credentials, 2, contact, "on leave"), IDENTITY);
        publish(Topics.IDENTITY, new AccessRestored(credentials, 3, contact), IDENTITY);

        delete(contact).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasons").value(Matchers.contains(CREDENTIALS_REASON)));
    }

    @Test
    void removedOrRejectedCredentialsNoLongerGuardTheContact() throws Exception {
        String removed = contact("Removed");
        publish(Topics.IDENTITY, new CredentialsCreated("cred-" + removed, 1, removed, "removed.user"), IDENTITY);
        delete(removed).andExpect(status().isConflict());
        String rejected = contact("Rejected");
        publish(Topics.IDENTITY, new CredentialsCreated("cred-" + rejected, 1, rejected, "rejected.user"), IDENTITY);
        delete(rejected).andExpect(status().isConflict());

        publish(Topics.IDENTITY, new CredentialsRemoved("cred-" + removed, 2, removed), IDENTITY);
        publish(Topics.IDENTITY, new AccessRejected("cred-" + rejected, 2, rejected, "not an employee"), IDENTITY);

        delete(removed).andExpect(status().isNoContent());
        delete(rejected).andExpect(status().isNoContent());
    }

    @Test
    void anAchievementReassignedByAMergeGuardsItsNewHolderAndFreesTheOldOne() throws Exception {
        String from = contact("Merged");
        String to = contact("Survivor");
        String achievement = "ach-" + UUID.randomUUID();
        publish(Topics.ACHIEVEMENTS, issued(achievement, from), ACHIEVEMENTS);
        delete(from).andExpect(status().isConflict());

        publish(Topics.ACHIEVEMENTS, new AchievementReassigned(achievement, 2, from, to), ACHIEVEMENTS);

        delete(to).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasons").value(Matchers.contains("has 1 achievement(s)")));
        delete(from).andExpect(status().isNoContent());
    }

    @Test
    void aRedeliveredAchievementCountsOnce() throws Exception {
        String contact = contact("Decorated");
        String first = "ach-" + UUID.randomUUID();
        publish(Topics.ACHIEVEMENTS, issued(first, contact), ACHIEVEMENTS);
        publish(Topics.ACHIEVEMENTS, issued(first, contact), ACHIEVEMENTS);
        publish(Topics.ACHIEVEMENTS, issued("ach-" + UUID.randomUUID(), contact), ACHIEVEMENTS);
        delete(contact).andExpect(jsonPath("$.reasons").value(Matchers.contains("has 2 achievement(s)")));

        publish(Topics.ACHIEVEMENTS, new AchievementRevoked(first, 2, contact, "duplicate"), ACHIEVEMENTS);

        delete(contact).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasons").value(Matchers.contains("has 1 achievement(s)")));
    }

    @Test
    void aRevocationThatOvertakesItsIssueIsAppliedAfterItSoTheContactEndsFree() throws Exception {
        String contact = contact("Overtaken");
        String achievement = "ach-" + UUID.randomUUID();

        publish(Topics.ACHIEVEMENTS, new AchievementRevoked(achievement, 2, contact, "issued by mistake"), ACHIEVEMENTS);
        publish(Topics.ACHIEVEMENTS, issued(achievement, contact), ACHIEVEMENTS);

        delete(contact).andExpect(status().isNoContent());
    }

    @Test
    void aNewPrimaryContactIsGuardedAndTheOneItReplacedIsFreed() throws Exception {
        String account = account("Primary Guard Ltd");
        String before = createContact(account, "Former", "Primary");
        String after = createContact(account, "Current", "Primary");
        publish(Topics.ACCOUNTS, new PrimaryContactAssigned(account, 2, before, null), ACCOUNTS);
        delete(before).andExpect(status().isConflict()).andExpect(jsonPath("$.reasons").value(Matchers.contains(
                "is the primary contact of account Primary Guard Ltd (" + account + ")")));

        publish(Topics.ACCOUNTS, new PrimaryContactAssigned(account, 3, after, before), ACCOUNTS);
        delete(after).andExpect(status().isConflict());
        delete(before).andExpect(status().isNoContent());

        publish(Topics.ACCOUNTS, new PrimaryContactRemoved(account, 4, after), ACCOUNTS);
        delete(after).andExpect(status().isNoContent());
    }

    private String contact(String lastName) throws Exception {
        return createContact(account(lastName + " Ltd"), "Guarded", lastName);
    }

    private ResultActions delete(String contact) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete("/api/contacts/" + contact).header("Authorization", ADMIN));
    }

    private static AchievementIssued issued(String achievement, String contact) {
        return new AchievementIssued(achievement, 1, contact, "def-1", "First Aid", "FA-" + achievement,
                Instant.now(), null);
    }
}
