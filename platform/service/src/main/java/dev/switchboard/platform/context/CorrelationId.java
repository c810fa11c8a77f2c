package dev.switchboard.platform.context;

import dev.switchboard.platform.correlation.CorrelationIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads the caller's correlation id (or makes one), returns it on the response and keeps it for logs and events. */
public class CorrelationId extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
        response.setHeader(CorrelationIds.HEADER, correlationId);
        try (CurrentCorrelation.Scope scope = CurrentCorrelation.open(correlationId)) {
            chain.doFilter(request, response);
        }
    }
}
