package dev.switchboard.account.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

class ConcurrentHierarchyTest extends AccountsTestSupport {

    private static final int TRIALS = 50;

    /** Each trial releases two requests together: X below Y and Y below X. At most one may pass. */
    @Test
    void twoConcurrentParentChangesNeverCloseACycle() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<String> outcomes = new ArrayList<>();
            for (int trial = 0; trial < TRIALS; trial++) {
                String x = createAccountNamed("Cycle X " + trial);
                String y = createAccountNamed("Cycle Y " + trial);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<MockHttpServletResponse> xUnderY = threads.submit(() -> parent(together, x, y));
                Future<MockHttpServletResponse> yUnderX = threads.submit(() -> parent(together, y, x));
                MockHttpServletResponse first = xUnderY.get(30, TimeUnit.SECONDS);
                MockHttpServletResponse second = yUnderX.get(30, TimeUnit.SECONDS);

                for (MockHttpServletResponse refused : List.of(first, second)) {
                    if (refused.getStatus() != 200) {
                        assertThat(refused.getStatus()).as(refused.getContentAsString()).isIn(409, 422);
                        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
                    }
                }
                assertThat(first.getStatus() == 200 && second.getStatus() == 200)
                        .as("trial %d: both parent changes passed", trial).isFalse();
                JsonNode storedX = getJson("/api/accounts/" + x);
                JsonNode storedY = getJson("/api/accounts/" + y);
                assertThat(y.equals(storedX.path("parentAccountId").asString(null))
                        && x.equals(storedY.path("parentAccountId").asString(null)))
                        .as("trial %d: X and Y are each other's parent", trial).isFalse();
                outcomes.add(first.getStatus() + "/" + second.getStatus());
            }
            assertThat(outcomes).as("at least one trial let one change through").anyMatch(o -> o.contains("200"));
        } finally {
            threads.shutdownNow();
        }
    }

    private MockHttpServletResponse parent(CyclicBarrier together, String child, String parent) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return patchAccount(child, json.writeValueAsString(Map.of("parentAccountId", parent)))
                .andReturn().getResponse();
    }
}
