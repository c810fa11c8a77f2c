package dev.switchboard.platform.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.EventContext;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationContextTest {

    private final EventContexts contexts = new EventContexts("sample-service", "switchboard-console");

    @Test
    void theCorrelationIdGoesWithWorkHandedToAnotherThreadAndTheMdcMirrorsItThere() throws Exception {
        EventContext reaction = new EventContext("u-1", "someone", Channel.API, "corr-7", null);
        try (ExecutorService elsewhere = Executors.newSingleThreadExecutor()) {
            String[] seen = contexts.runAs(reaction, () -> {
                try {
                    return elsewhere.submit(ContextSnapshotFactory.builder().build().captureAll().wrap(() ->
                            new String[] {contexts.current().correlationId(), MDC.get("correlationId")})).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(seen).containsExactly("corr-7", "corr-7");
            // and the other thread is left as it was
            assertThat(elsewhere.submit(() -> MDC.get("correlationId")).get()).isNull();
        }
    }

    @Test
    void outsideAnyWorkTheCorrelationIdIsNewEachTime() {
        assertThat(contexts.current().correlationId()).isNotEqualTo(contexts.current().correlationId());
        assertThat(MDC.get("correlationId")).isNull();
    }
}
