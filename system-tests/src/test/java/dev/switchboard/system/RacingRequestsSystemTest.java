package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Requests a client sends back to back, each depending on what the one before changed in another service: the rules
 * decided on a service's view of the other must hold as if the views were never behind. Each sequence runs 100 times.
 */
class RacingRequestsSystemTest extends AsDemoUsers {

    private static final int TIMES = 100;

    @Test
    void aContactMadeBillingPrimaryAMomentAgoIsNeverDeleted() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Billing Race\"}"));
        for (int i = 0; i < TIMES; i++) {
            String contact = created(Gateway.post("/api/contacts", editor, null, """
                    {"accountId": "%s", "firstName": "Billing", "lastName": "Holder %d"}""".formatted(account, i)));
            HttpResponse<String> promoted = Gateway.put("/api/accounts/" + account + "/primary-roles/billing", editor,
                    "{\"contactId\": \"" + contact + "\"}");
            assertThat(promoted.statusCode()).as("round %d: %s", i, promoted.body()).isEqualTo(200);
            HttpResponse<String> deleted = Gateway.delete("/api/contacts/" + contact, admin);
            assertThat(deleted.statusCode()).as("round %d: %s", i, deleted.body()).isEqualTo(409);
        }
    }

    @Test
    void noContactIsEverCreatedOnAnAccountDeactivatedAMomentAgo() {
        for (int i = 0; i < TIMES; i++) {
            String account = created(Gateway.post("/api/accounts", editor, null,
                    "{\"name\": \"Closing Race %d\"}".formatted(i)));
            HttpResponse<String> closed = Gateway.patch("/api/accounts/" + account, editor, "{\"active\": false}");
            assertThat(closed.statusCode()).as("round %d: %s", i, closed.body()).isEqualTo(200);
            HttpResponse<String> refused = Gateway.post("/api/contacts", editor, null, """
                    {"accountId": "%s", "firstName": "Too", "lastName": "Late"}""".formatted(account));
            assertThat(refused.statusCode()).as("round %d: %s", i, refused.body()).isEqualTo(422);
        }
    }

    @Test
    void aContactCreatedAMomentAgoCanAlwaysBePromotedAtOnce() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Promotion Race\"}"));
        for (int i = 0; i < TIMES; i++) {
            String contact = created(Gateway.post("/api/contacts", editor, null, """
                    {"accountId": "%s", "firstName": "Fresh", "lastName": "Promotion %d"}""".formatted(account, i)));
            HttpResponse<String> promoted = Gateway.put("/api/accounts/" + account + "/primary-contact", editor,
                    "{\"contactId\": \"" + contact + "\"}");
            assertThat(promoted.statusCode()).as("round %d: %s", i, promoted.body()).isEqualTo(200);
        }
    }
}
