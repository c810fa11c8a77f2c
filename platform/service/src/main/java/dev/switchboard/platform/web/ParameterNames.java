package dev.switchboard.platform.web;

import dev.switchboard.platform.problems.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameter names are not plain words: {@code identityType[$ne]}, {@code q.$gt} or
 * {@code $where} would otherwise reach data binding as nested or indexed properties, or read as query operators.
 */
class ParameterNames extends OncePerRequestFilter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    private final ProblemWriter problems;

    ParameterNames(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> refused = Collections.list(request.getParameterNames()).stream()
                .filter(name -> !PLAIN.matcher(name).matches()).sorted().toList();
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "Invalid request", "Parameter names are letters, digits, '_' and '-' only.");
        problem.setProperty("errors", refused.stream()
                .map(name -> Map.of("field", name.length() > 64 ? name.substring(0, 64) + "…" : name, "message", "is not a parameter name")).toList());
        problems.write(response, problem);
    }
}
