package dev.switchboard.platform.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Carries an event's trace from where it was raised to where the relay sends it, later and on another thread: the
 * W3C {@code traceparent} of the raising span is stored with the event (the CloudEvents distributed-tracing
 * extension), and the send runs in a span continuing it, so the Kafka record carries the same trace.
 */
class TraceParents {

    static final String TRACEPARENT = "traceparent";

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;
    private final ObjectProvider<ObservationRegistry> observations;

    TraceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
    }

    /** The current span's {@code traceparent}, if a span is current. */
    Optional<String> current() {
        Tracer current = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null || propagation == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagation.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** Runs the send of an event in a span continuing the trace it was raised in (a new one if it names none). */
    <E extends Exception> void continueIn(String traceParent, Observation.CheckedRunnable<E> send) throws E {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(traceParent == null ? Map.of() : Map.of(TRACEPARENT, traceParent));
        Observation.createNotStarted("switchboard.outbox.relay", () -> context,
                        observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .contextualName("outbox relay")
                .observeChecked(send);
    }
}
