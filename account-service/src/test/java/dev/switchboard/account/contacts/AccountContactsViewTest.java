package dev.switchboard.account.contacts;

import dev.switchboard.account.account.AccountsTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountContactsViewTest extends AccountsTestSupport {

    @Test
    void aCreatedContactIsListedOnItsAccountAsActiveWithItsPrimaryAccountMarked() throws Exception {
        String account = createAccountNamed("Hooli");
        String ada = UUID.randomUUID().toString();

        publish(new ContactCreated(ada, 1, person("Ada", "Lovelace"), account));

        JsonNode listed = awaitContact(account, ada, contact -> true);
        assertThat(listed.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(listed.get("primaryEmail").asString()).isEqualTo("ada@example.org");
        assertThat(listed.get("active").asBoolean()).isTrue();
        assertThat(listed.get("primaryAccount").asBoolean()).isTrue();
        assertThat(listed.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void theViewFollowsLinksMovesDeletionAndPurgeOfContacts() throws Exception {
        String hooli = createAccountNamed("Hooli");
        String piedPiper = createAccountNamed("Pied Piper");
        String gavin = UUID.randomUUID().toString();
        String richard = UUID.randomUUID().toString();

        publish(new ContactCreated(gavin, 1, person("Gavin", "Belson"), hooli));
        publish(new ContactCreated(richard, 1, person("Richard", "Hendricks"), piedPiper));
        publish(new ContactAccountLinked(richard, 2, hooli, false, null, piedPiper));
        JsonNode linked = awaitContact(hooli, richard, contact -> true);
        assertThat(linked.get("displayName").asString()).isEqualTo("Richard Hendricks");
        assertThat(linked.get("active").asBoolean()).isFalse();
        assertThat(linked.get("primaryAccount").asBoolean()).isFalse();

        publish(new ContactPrimaryAccountChanged(richard, 3, hooli, piedPiper));
        awaitContact(hooli, richard, contact -> contact.get("primaryAccount").asBoolean());
        assertThat(contactOf(piedPiper, richard).get("primaryAccount").asBoolean()).isFalse();

        publish(new ContactMoved(gavin, 2, hooli, piedPiper, hooli, piedPiper));
        JsonNode moved = awaitContact(piedPiper, gavin, contact -> contact.get("primaryAccount").asBoolean());
        assertThat(moved.get("active").asBoolean()).isTrue();
        assertThat(moved.get("displayName").asString()).isEqualTo("Gavin Belson");
        assertThat(contactOf(hooli, gavin)).isNull();

        publish(new ContactDeleted(richard, 4));
        awaitContact(hooli, richard, contact -> contact.get("deleted").asBoolean());
        assertThat(contactIds(getJson("/api/accounts/" + hooli + "/contacts"))).doesNotContain(richard);
        publish(new ContactRestored(richard, 5));
        awaitContact(hooli, richard, contact -> !contact.get("deleted").asBoolean());
        publish(new ContactDeleted(richard, 6));
        publish(new ContactPurged(richard, 7));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(contactOf(hooli, richard)).isNull();
            assertThat(contactOf(piedPiper, richard)).isNull();
        });
        assertThat(contactIds(getJson("/api/accounts/" + piedPiper + "/contacts"))).containsExactly(gavin);
    }

    @Test
    void aRenamedContactIsRenamedOnEveryLink() throws Exception {
        String first = createAccountNamed("Raviga");
        String second = createAccountNamed("Bachmanity");
        String monica = UUID.randomUUID().toString();
        publish(new ContactCreated(monica, 1, person("Monica", "Hall"), first));
        publish(new ContactAccountLinked(monica, 2, second, true, null, first));
        awaitContact(second, monica, contact -> true);

        publish(new ContactUpdated(monica, 3, List.of(), person("Monica", "Hall-Bream")));

        awaitContact(first, monica, contact -> contact.get("displayName").asString().equals("Monica Hall-Bream"));
        awaitContact(second, monica, contact -> contact.get("displayName").asString().equals("Monica Hall-Bream"));
    }

    @Test
    void deactivatingAnAccountMakesItsLinksInactiveAndKeepsItsContacts() throws Exception {
        String account = createAccountNamed("Aviato");
        String erlich = UUID.randomUUID().toString();
        publish(new ContactCreated(erlich, 1, person("Erlich", "Bachman"), account));
        awaitContact(account, erlich, contact -> contact.get("active").asBoolean());

        patchAccount(account, "{\"active\": false}").andExpect(status().isOk());

        awaitEvent(account, "switchboard.AccountDeactivated");
        JsonNode inactive = awaitContact(account, erlich, contact -> !contact.get("active").asBoolean());
        assertThat(inactive.get("deleted").asBoolean()).isFalse();
        assertThat(inactive.get("primaryAccount").asBoolean()).isTrue();
    }

    @Test
    void theContactsListIsPagedByName() throws Exception {
        String account = createAccountNamed("Endframe");
        for (String last : List.of("Zed", "Able", "Moss")) {
            publish(new ContactCreated(UUID.randomUUID().toString(), 1, person("Pat", last), account));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson("/api/accounts/" + account + "/contacts").get("totalElements").asInt() == 3);

        JsonNode page = getJson("/api/accounts/" + account + "/contacts?size=2&page=1");
        assertThat(page.get("items").get(0).get("displayName").asString()).isEqualTo("Pat Zed");
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        mvc.perform(get("/api/accounts/" + account + "/contacts?size=500").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theContactsOfAnUnknownAccountAre404() throws Exception {
        mvc.perform(get("/api/accounts/nope/contacts").header("Authorization", VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/not-found"));
    }

    private static List<String> contactIds(JsonNode page) {
        return page.get("items").valueStream().map(contact -> contact.get("contactId").asString()).toList();
    }
}
