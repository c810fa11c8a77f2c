package dev.switchboard.platform.sample;

import static dev.switchboard.platform.testkit.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.platform.testkit.AdjustableClock;
import dev.switchboard.platform.testkit.ServiceTest;
import dev.switchboard.platform.testkit.TestTokens;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ServiceTest
class IdempotencyKeyTest {

    private static final String EDITOR = TestTokens.user("editor", "editor");

    @Autowired
    MockMvc mvc;
    @Autowired
    GadgetRepository gadgets;
    @Autowired
    HeldRequests held;
    @Autowired
    AdjustableClock clock;

    private final String key = UUID.randomUUID().toString();
    private final String name = "gadget " + UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryOfACreateWhoseResponseWasLostGetsTheFirstResponseAndCreatesNothingMore() throws Exception {
        MockHttpServletResponse lost = create(EDITOR, key, name).andReturn().getResponse();

        MockHttpServletResponse retried = create(EDITOR, key, name)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();

        assertThat(lost.getStatus()).isEqualTo(201);
        assertThat(retried.getHeader("Location")).isEqualTo(lost.getHeader("Location")).startsWith("/api/gadgets/");
        assertThat(retried.getContentAsString()).isEqualTo(lost.getContentAsString()).contains(name);
        assertThat(gadgets.countByName(name)).isOne();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndRunsNothing() throws Exception {
        create(EDITOR, key, name).andExpect(status().isCreated());

        create(EDITOR, key, "another " + name)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/idempotency-key-reused"));
        assertThat(gadgets.countByName("another " + name)).isZero();
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsAConflictAndLaterGetsTheFirstResponse() throws Exception {
        held.hold(name);
        CompletableFuture<MockHttpServletResponse> first = createElsewhere(name);
        held.awaitHeld();

        create(EDITOR, key, name)
                .andExpect(status().isConflict())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/idempotency-key-in-use"));
        held.release();

        String firstBody = first.get().getContentAsString();
        create(EDITOR, key, name).andExpect(status().isCreated()).andExpect(content().string(firstBody));
        assertThat(gadgets.countByName(name)).isOne();
    }

    @Test
    void aKeyLeftInProgressPastItsTimeoutAsByACrashIsTakenOverByTheRetry() throws Exception {
        held.hold(name);
        CompletableFuture<MockHttpServletResponse> stuck = createElsewhere(name);
        held.awaitHeld();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        String retried = create(EDITOR, key, name).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        held.release();
        stuck.get();

        create(EDITOR, key, name).andExpect(content().string(retried));
    }

    @Test
    void aKeyIsKeptForItsRetentionAndThenNewAgain() throws Exception {
        String firstBody = create(EDITOR, key, name).andReturn().getResponse().getContentAsString();

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        create(EDITOR, key, name).andExpect(content().string(firstBody));
        assertThat(gadgets.countByName(name)).isOne();

        clock.advance(Duration.ofMinutes(2));
        create(EDITOR, key, name)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(gadgets.countByName(name)).isEqualTo(2);
    }

    @Test
    void twoCallersNeverShareAKey() throws Exception {
        create(EDITOR, key, name).andExpect(status().isCreated());

        create(TestTokens.client("another-system", "editor"), key, name)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(gadgets.countByName(name)).isEqualTo(2);
    }

    @Test
    void aFirstRequestThatFailedOnOurSideFreesItsKeySoTheRetryRuns() throws Exception {
        String flaky = "fail-once " + name;
        create(EDITOR, key, flaky).andExpect(status().isInternalServerError());

        create(EDITOR, key, flaky)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(gadgets.countByName(flaky)).isOne();
    }

    @Test
    void aKeyInTheDraftsQuotedFormIsTheSameKeyAsItsBareForm() throws Exception {
        String firstBody = create(EDITOR, key, name).andReturn().getResponse().getContentAsString();

        create(EDITOR, "\"" + key + "\"", name).andExpect(content().string(firstBody));
        assertThat(gadgets.countByName(name)).isOne();
    }

    @Test
    void aMalformedKeyIsRefusedAndRunsNothing() throws Exception {
        for (String malformed : new String[] {"", "x".repeat(256), "clé", "two words"}) {
            create(EDITOR, malformed, name)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://switchboard.dev/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        }
        assertThat(gadgets.countByName(name)).isZero();
    }

    @Test
    void theHeaderIsDocumentedOnEveryPost() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/gadgets'].post.parameters[?(@.name == 'Idempotency-Key')].in")
                        .value("header"));
    }

    private CompletableFuture<MockHttpServletResponse> createElsewhere(String gadgetName) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return create(EDITOR, key, gadgetName).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ResultActions create(String token, String idempotencyKey, String gadgetName) throws Exception {
        return mvc.perform(post("/api/gadgets")
                .header("Authorization", bearer(token))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + gadgetName + "\"}"));
    }
}
