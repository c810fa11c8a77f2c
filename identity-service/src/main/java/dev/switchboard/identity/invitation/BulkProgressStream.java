package dev.switchboard.identity.invitation;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A bulk invitation's progress as Server-Sent Events: a {@code progress} event at once and whenever more contacts are
 * done, then {@code done} with the final progress, and the stream ends. It reads the stored job, so it shows the same
 * whichever instance runs the job.
 */
@Component
class BulkProgressStream {

    static final Duration POLL = Duration.ofMillis(250);
    private static final long LONGEST = Duration.ofHours(2).toMillis();

    private final BulkInvitations jobs;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bulk-progress").daemon().factory());

    BulkProgressStream(BulkInvitations jobs) {
        this.jobs = jobs;
    }

    SseEmitter follow(String jobId) {
        SseEmitter emitter = new SseEmitter(LONGEST);
        AtomicInteger lastDone = new AtomicInteger(-1);
        AtomicReference<ScheduledFuture<?>> polling = new AtomicReference<>();
        polling.set(poller.scheduleWithFixedDelay(() -> {
            try {
                BulkInvitation job = jobs.find(jobId).orElseThrow();
                boolean finished = job.state() == BulkInvitation.State.DONE;
                if (finished || job.done() != lastDone.get()) {
                    lastDone.set(job.done());
                    emitter.send(SseEmitter.event().name(finished ? "done" : "progress").id(String.valueOf(job.done()))
                            .data(BulkProgress.of(job), MediaType.APPLICATION_JSON));
                }
                if (finished) {
                    emitter.complete();
                    polling.get().cancel(false);
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away (or the emitter timed out): nothing more to send
                polling.get().cancel(false);
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
                polling.get().cancel(false);
            }
        }, 20, POLL.toMillis(), TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> cancel(polling));
        emitter.onTimeout(() -> cancel(polling));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> polling) {
        ScheduledFuture<?> future = polling.get();
        if (future != null) {
            future.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
