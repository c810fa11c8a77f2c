package dev.switchboard.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

class ConcurrentReportingLineTest extends ContactTestSupport {

    private static final int TRIALS = 50;

    /** Each trial releases two requests together: A to report to B and B to A. At most one may pass. */
    @Test
    void twoConcurrentReportsToChangesNeverCloseACycle() throws Exception {
        String account = account("Race Ltd");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int passed = 0;
            for (int trial = 0; trial < TRIALS; trial++) {
                String a = createContact(account, "Ada", "Trial" + trial);
                String b = createContact(account, "Bob", "Trial" + trial);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<MockHttpServletResponse> aToB = threads.submit(() -> reportsTo(together, a, b));
                Future<MockHttpServletResponse> bToA = threads.submit(() -> reportsTo(together, b, a));
                MockHttpServletResponse first = aToB.get(30, TimeUnit.SECONDS);
                MockHttpServletResponse second = bToA.get(30, TimeUnit.SECONDS);

                for (MockHttpServletResponse refused : List.of(first, second)) {
                    if (refused.getStatus() != 200) {
                        assertThat(refused.getStatus()).as(refused.getContentAsString()).isIn(409, 422);
                        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
                    }
                }
                assertThat(first.getStatus() == 200 && second.getStatus() == 200)
                        .as("trial %d: both reporting lines passed", trial).isFalse();
                assertThat(b.equals(read(a).path("reportsTo").asString(null))
                        && a.equals(read(b).path("reportsTo").asString(null)))
                        .as("trial %d: A and B report to each other", trial).isFalse();
                passed += (first.getStatus() == 200 ? 1 : 0) + (second.getStatus() == 200 ? 1 : 0);
            }
            assertThat(passed).as("changes that got through").isPositive();
        } finally {
            threads.shutdownNow();
        }
    }

    private MockHttpServletResponse reportsTo(CyclicBarrier together, String contact, String manager) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return mvc.perform(patch("/api/contacts/" + contact).header("Authorization", EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportsTo\": \"" + manager + "\"}"))
                .andReturn().getResponse();
    }

    private JsonNode read(String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/contacts/" + id).header("Authorization", VIEWER))
                .andReturn().getResponse().getContentAsString());
    }
}
