package dev.switchboard.contact.search;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.contact.contact.ContactTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.events.contact.ContactDetails;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class ContactSearchTest extends ContactTestSupport {

    private String account;
    private String zoe;

    @BeforeEach
    void someContacts() throws Exception {
        account = account("Search Co " + System.nanoTime());
        zoe = createContact(account, """
                {"firstName": "Zoë", "lastName": "Ångström", "emails": [{"address": "zoe.angstrom@example.org"}],
                 "phones": [{"number": "+46 8 123 456", "type": "MOBILE"}], "kind": "CLIENT",
                 "identityTypes": ["INSTRUCTOR"], "flags": {"marketing": true}, "tags": ["vip"], "groups": ["nordics"]}""")
                .get("id").asString();
        createContact(account, """
                {"firstName": "Zola", "lastName": "Zebra", "kind": "INTERNAL", "description": "=HYPERLINK(\\"x\\")"}""");
    }

    @Test
    void qFindsByNamePrefixIgnoringCaseAndAccents() throws Exception {
        mvc.perform(get("/api/contacts").param("q", "zoe ANGST").param("accountId", account)
                        .header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(zoe));
        mvc.perform(get("/api/contacts").param("q", "zo").param("accountId", account).param("sort", "lastName,asc")
                        .header("Authorization", VIEWER))
                .andExpect(jsonPath("$.items[*].lastName").value(Matchers.contains("Ångström", "Zebra")));
        mvc.perform(get("/api/contacts").param("q", "zo").param("accountId", account).param("sort", "lastName,desc")
                        .param("size", "1").param("page", "1").header("Authorization", VIEWER))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[*].lastName").value(Matchers.contains("Ångström")));
    }

    @Test
    void qFindsByEmailAndByPhoneDigits() throws Exception {
        for (String q : List.of("zoe.angstrom@ex", "angstrom", "+46 8 12", "46812")) {
            mvc.perform(get("/api/contacts").param("q", q).param("accountId", account).header("Authorization", VIEWER))
                    .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(zoe)));
        }
    }

    @Test
    void aContactWrittenByAnotherInstanceIsFoundOnceItsEventArrives() throws Exception {
        ContactDetails details = ContactDetails.builder().firstName("Remote").lastName("Writer").owner("someone")
                .build();
        // saved past this instance's Contacts, as another instance would: only the event tells this index
        String id = mongo.save(Contact.create(details, account, Instant.now())).id();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/contacts").param("q", "remote wri").header("Authorization", VIEWER))
                        .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(id))));
    }

    @Test
    void typedFiltersNarrowTheList() throws Exception {
        mvc.perform(get("/api/contacts").param("accountId", account).param("kind", "CLIENT")
                        .param("identityType", "INSTRUCTOR").param("flag", "marketing").param("tag", "vip")
                        .param("group", "nordics").param("owner", "editor").header("Authorization", VIEWER))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(zoe)));
        mvc.perform(get("/api/contacts").param("kind", "ALIEN").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/contacts").param("sort", "password,asc").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/contacts").param("size", "1000").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/contacts").param("size", "200").param("page", "50").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void operatorsInTheQueryAreJustText() throws Exception {
        mvc.perform(get("/api/contacts").param("q", "{\"$ne\": null}").param("accountId", account)
                        .header("Authorization", VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/contacts").param("accountId", "{\"$ne\": \"x\"}").header("Authorization", VIEWER))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void deletedContactsAreHiddenUnlessAskedFor() throws Exception {
        mvc.perform(delete("/api/contacts/" + zoe).header("Authorization", ADMIN)).andExpect(status().isNoContent());

        mvc.perform(get("/api/contacts").param("accountId", account).header("Authorization", VIEWER))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem(zoe))));
        mvc.perform(get("/api/contacts").param("accountId", account).param("deleted", "true")
                        .header("Authorization", VIEWER))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(zoe)));
    }

    @Test
    void exportStreamsTheMatchingContactsAsCsvWithAHeaderRow() throws Exception {
        MvcResult started = mvc.perform(get("/api/contacts/export").param("format", "csv").param("accountId", account)
                        .header("Authorization", VIEWER))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(done.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord zoeRow = rows.stream().filter(row -> row.get("id").equals(zoe)).findFirst().orElseThrow();
        assertThat(zoeRow.get("lastName")).isEqualTo("Ångström");
        assertThat(zoeRow.get("primaryEmail")).isEqualTo("zoe.angstrom@example.org");
        assertThat(zoeRow.get("phones")).isEqualTo("MOBILE:+46 8 123 456");
        assertThat(rows).anySatisfy(row -> assertThat(row.get("description")).startsWith("'="));
        mvc.perform(get("/api/contacts/export").param("format", "xlsx").header("Authorization", VIEWER))
                .andExpect(status().isBadRequest());
    }
}
