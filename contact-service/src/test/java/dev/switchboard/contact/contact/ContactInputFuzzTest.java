package dev.switchboard.contact.contact;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every operation of contact-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}. */
class ContactInputFuzzTest extends ContactTestSupport {

    @LocalServerPort
    int port;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        String account = account("Fuzz Ltd");
        String other = account("Fuzz Two");
        String contact = createContact(account, "Ada", "Lovelace");
        String victim = createContact(account, "Grace", "Hopper");

        OpenApiFuzz.against(mvc, mongo).port(port).asSuperUser()
                .parameter("id", () -> contact)
                .parameter("accountId", () -> account)
                .parameter("fromAccountId", () -> account)
                .parameter("toAccountId", () -> other)
                .parameter("key", () -> "fuzzedField")
                .parameter("format", () -> "csv")
                .validBody("POST /api/contacts", () -> """
                        {"accountId": "%s", "firstName": "Ada", "middleName": "King", "lastName": "Lovelace",
                         "emails": [{"address": "ada@example.org"}], "birthday": "1815-12-10", "description": "x",
                         "tags": ["vip"], "kind": "CLIENT", "addressSync": false}""".formatted(account))
                .validBody("PATCH /api/contacts/{id}", () -> """
                        {"firstName": "Augusta", "suffix": "II", "birthday": "1990-01-31", "availability": "BUSY",
                         "flags": {"marketing": true}, "reportsTo": "%s"}""".formatted(victim))
                .validBody("PUT /api/contacts/custom-fields/{key}", () -> """
                        {"label": "Shoe size", "type": "NUMBER"}""")
                .validBody("POST /api/contacts/bulk-delete", () -> """
                        {"ids": ["%s"]}""".formatted(victim))
                .run().assertNoFailures("contact-service");
    }
}
