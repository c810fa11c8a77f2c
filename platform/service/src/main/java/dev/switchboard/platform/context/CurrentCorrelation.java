package dev.switchboard.platform.context;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;

/**
 * The correlation id of the work on this thread, in a context of its own that the logging MDC only mirrors.
 * Registered with Micrometer's context propagation, so work handed on by a context-propagating executor (or Reactor)
 * keeps it.
 */
final class CurrentCorrelation {

    static final String KEY = "correlationId";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT::get, CurrentCorrelation::set,
                CurrentCorrelation::clear);
    }

    private CurrentCorrelation() {
    }

    static String get() {
        return CURRENT.get();
    }

    /** Makes {@code correlationId} current until the scope closes, which brings back the one before. */
    static Scope open(String correlationId) {
        String previous = CURRENT.get();
        set(correlationId);
        return () -> {
            if (previous == null) {
                clear();
            } else {
                set(previous);
            }
        };
    }

    private static void set(String correlationId) {
        CURRENT.set(correlationId);
        MDC.put(KEY, correlationId);
    }

    private static void clear() {
        CURRENT.remove();
        MDC.remove(KEY);
    }

    interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
