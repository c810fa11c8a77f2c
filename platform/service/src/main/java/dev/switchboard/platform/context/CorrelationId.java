package dev.switchboard.platform.context;

import dev.switchboard.platform.correlation.CorrelationIds;
import io.micrometer.tracing.Baggage;
import io.micrometer.tracing.BaggageInScope;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the caller's correlation id (from its header, or else from the W3C baggage a calling service sent, or makes
 * one), returns it on the response and keeps it for logs and events, and as baggage for the calls this request makes.
 */
public class CorrelationId extends OncePerRequestFilter {

    private final Tracer tracer;

    CorrelationId(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CorrelationIds.acceptOrCreate(firstNonNull(request.getHeader(CorrelationIds.HEADER),
                fromBaggage()));
        response.setHeader(CorrelationIds.HEADER, correlationId);
        try (CurrentCorrelation.Scope scope = CurrentCorrelation.open(correlationId);
                BaggageInScope baggage = tracer.createBaggageInScope(CurrentCorrelation.KEY, correlationId)) {
            chain.doFilter(request, response);
        }
    }

    private String fromBaggage() {
        Baggage baggage = tracer.getBaggage(CurrentCorrelation.KEY);
        return baggage == null ? null : baggage.get();
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
