package dev.switchboard.system;

import static dev.switchboard.system.Gateway.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rules that span contact- and account-service, through the gateway with real tokens: each service learns the
 * other's state only from its events, so every step awaits what the other side must have heard.
 */
class ContactsAndAccountsSystemTest extends AsDemoUsers {

    @Test
    void anAccountsNewAddressReachesItsContactsWithAddressSyncOn() {
        String account = created(Gateway.post("/api/accounts", editor, null, """
                {"name": "Sync Systems", "addresses": [{"type": "BILLING", "street": "1 Old Road", "city": "Oldham"}]}"""));
        String synced = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Auto", "lastName": "Sync", "addressSync": true}""".formatted(account)));
        String manual = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Manual", "lastName": "Only"}""".formatted(account)));

        HttpResponse<String> moved = Gateway.patch("/api/accounts/" + account, editor, """
                {"addresses": [{"type": "BILLING", "street": "2 New Street", "city": "Newcastle"}]}""");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        JsonNode contact = await(() -> Gateway.json(Gateway.get("/api/contacts/" + synced, editor)),
                body -> "Newcastle".equals(body.at("/addresses/0/city").asString(null)));
        assertThat(contact.at("/addresses/0/street").asString()).isEqualTo("2 New Street");
        assertThat(Gateway.json(Gateway.get("/api/contacts/" + manual, editor)).get("addresses").isEmpty()).isTrue();
        JsonNode history = await(() -> Gateway.json(Gateway.get("/api/audit?entityType=contact&entityId=" + synced, editor)),
                page -> page.get("totalElements").asLong() > 0
                        && "addresses".equals(page.at("/items/0/field").asString(null)));
        assertThat(history.at("/items/0/channel").asString()).isEqualTo("SYSTEM");
        assertThat(history.at("/items/0/causationId").asString()).isNotBlank();
    }

    @Test
    void aPrimaryRoleMovesBetweenContactsAndGuardsTheHolderAgainstDeletion() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Roles Unlimited\"}"));
        String first = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "First", "lastName": "Holder"}""".formatted(account)));
        String second = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Second", "lastName": "Holder"}""".formatted(account)));

        // account-service accepts a holder once it has heard of the contact's link
        await(() -> Gateway.put("/api/accounts/" + account + "/primary-roles/billing", editor,
                "{\"contactId\": \"" + first + "\"}"), response -> response.statusCode() == 200);
        await(() -> Gateway.put("/api/accounts/" + account + "/primary-roles/technical", editor,
                "{\"contactId\": \"" + first + "\"}"), response -> response.statusCode() == 200);
        JsonNode refusal = Gateway.json(await(() -> Gateway.delete("/api/contacts/" + first, admin),
                response -> response.statusCode() == 409 && response.body().contains("technical")));
        assertThat(refusal.get("reasons").valueStream().map(JsonNode::asString).toList())
                .anyMatch(reason -> reason.contains("'billing'") && reason.contains("Roles Unlimited"))
                .anyMatch(reason -> reason.contains("'technical'"));

        for (String role : List.of("billing", "technical")) {
            await(() -> Gateway.put("/api/accounts/" + account + "/primary-roles/" + role, editor,
                    "{\"contactId\": \"" + second + "\"}"), response -> response.statusCode() == 200);
        }
        JsonNode roles = Gateway.json(Gateway.get("/api/accounts/" + account + "/primary-roles", editor));
        assertThat(roles.findValuesAsString("contactId")).containsOnly(second);

        await(() -> Gateway.delete("/api/contacts/" + first, admin), response -> response.statusCode() == 204);
        assertThat(Gateway.delete("/api/contacts/" + second, admin).statusCode()).isEqualTo(409);
    }

    @Test
    void anAccountListsItsContactsFromContactEvents() {
        String account = created(Gateway.post("/api/accounts", editor, null, "{\"name\": \"Listed Ltd\"}"));
        String contact = created(Gateway.post("/api/contacts", editor, null, """
                {"accountId": "%s", "firstName": "Listed", "lastName": "Person"}""".formatted(account)));

        JsonNode listed = await(() -> Gateway.json(Gateway.get("/api/accounts/" + account + "/contacts", editor)),
                page -> page.toString().contains(contact));
        assertThat(listed.toString()).contains("Listed Person");
    }

    private static <T> T await(Supplier<T> call, java.util.function.Predicate<T> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(call::get, done::test);
    }
}
