package dev.switchboard.account.account;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.testkit.OpenApiFuzz;
import dev.switchboard.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every operation of account-service's OpenAPI document, sent hostile input by {@link OpenApiFuzz}. */
class AccountInputFuzzTest extends AccountsTestSupport {

    @LocalServerPort
    int port;

    private static final String SUPER_USER = bearer(TestTokens.user("root", "super-user", "admin", "editor", "viewer"));

    @Autowired
    MongoTemplate mongo;

    @Test
    void noOperationAnswersHostileInputWithA5xxANonProblemOrAStoredChange() throws Exception {
        String account = createAccountNamed("Fuzz Ltd " + uniqueWord());
        String parent = createAccountNamed("Fuzz Holdings " + uniqueWord());
        String contact = linkedContact(account, "Ada", "Lovelace");

        OpenApiFuzz.Result result = OpenApiFuzz.against(mvc, mongo).port(port).authorization(SUPER_USER)
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
                .run();

        System.out.printf("account-service input fuzz: %d requests over %d operations%n", result.requests(),
                result.operations());
        assertThat(result.failures()).isEmpty();
    }
}
