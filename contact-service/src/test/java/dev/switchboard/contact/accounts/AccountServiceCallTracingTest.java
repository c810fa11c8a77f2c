package dev.switchboard.contact.accounts;

import dev.switchboard.contact.contact.ContactTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.contact.AccountServiceStub;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AccountServiceCallTracingTest extends ContactTestSupport {

    @Test
    void askingAccountServiceContinuesTheRequestsTraceAndCarriesItsCorrelationId() throws Exception {
        String account = "traced-" + UUID.randomUUID();
        AccountServiceStub.ACCOUNTS.put(account,
                "{\"id\": \"" + account + "\", \"name\": \"Traced Inc\", \"active\": true, \"version\": 1}");
        String traceId = UUID.randomUUID().toString().replace("-", "");

        mvc.perform(post("/api/contacts").header("Authorization", EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                        .header("X-Correlation-Id", "corr-contact-1")
                        .content("{\"accountId\": \"" + account + "\", \"firstName\": \"T\", \"lastName\": \"Racer\"}"))
                .andExpect(status().isCreated());

        assertThat(AccountServiceStub.TRACE_HEADERS.get(account))
                .hasEntrySatisfying("traceparent", value -> assertThat(value).startsWith("00-" + traceId + "-"))
                .hasEntrySatisfying("baggage", value -> assertThat(value).contains("correlationId=corr-contact-1"));
    }
}
