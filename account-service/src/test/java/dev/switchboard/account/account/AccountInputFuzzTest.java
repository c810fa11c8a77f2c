package dev.switchboard.account.account;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every operation of account-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}. */
class AccountInputFuzzTest extends AccountsTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        String account = createAccountNamed("Fuzz Ltd " + uniqueWord());
        String parent = createAccountNamed("Fuzz Holdings " + uniqueWord());
        String contact = linkedContact(account, "Ada", "Lovelace");

        OpenApiFuzz.against(mvc, mongo).port(port).asSuperUser()
                .parameter("id", () -> account)
                .parameter("contactId", () -> contact)
                .parameter("role", () -> "billing")
                .validBody("POST /api/accounts", () -> """
                        {"name": "Acme Ltd", "type": "customer", "website": "https://acme.example",
                         "phone": "+1 555 0100", "addresses": [{"type": "BILLING", "street": "1 Main St",
                         "city": "Springfield", "postalCode": "12345", "country": "US"}]}""")
                .validBody("PATCH /api/accounts/{id}", () -> """
                        {"name": "Acme Group", "website": "https://acme.example", "parentAccountId": "%s",
                         "active": true}""".formatted(parent))
                .run().assertNoFailures("account-service");
    }
}
