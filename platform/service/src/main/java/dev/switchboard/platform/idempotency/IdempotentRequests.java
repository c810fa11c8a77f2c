package dev.switchboard.platform.idempotency;

import com.mongodb.MongoException;
import dev.switchboard.platform.idempotency.IdempotencyKeys.Claim;
import dev.switchboard.platform.idempotency.IdempotencyKeys.Claimed;
import dev.switchboard.platform.idempotency.IdempotencyKeys.InProgress;
import dev.switchboard.platform.idempotency.IdempotencyKeys.OtherRequest;
import dev.switchboard.platform.idempotency.IdempotencyKeys.Replay;
import dev.switchboard.platform.problems.ProblemTypes;
import dev.switchboard.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field") on every
 * POST: the first request with a key runs; a retry with the same key and the same request gets the first response
 * again (status, body, Location and the like) without running; the same key with another request is a 422, and a
 * retry while the first still runs a 409. Keys belong to the caller (the token's subject), so two callers never
 * share one. A first request that fails with a server error frees its key, so a retry runs.
 */
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** Marks a replayed response, so a client (or a person reading logs) can tell it from a first one. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    private final IdempotencyKeys keys;
    private final JsonMapper mapper;

    IdempotentRequests(IdempotencyKeys keys, JsonMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = keyOf(Collections.list(request.getHeaders(HEADER)));
        if (key == null) {
            ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                    "Invalid request", "The Idempotency-Key header must be one string of 1 to " + MAX_KEY_LENGTH
                            + " printable ASCII characters.");
            problem.setProperty("errors", List.of(Map.of("field", HEADER, "message", "malformed")));
            write(response, problem);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Claim claim;
        try {
            claim = keys.claim(callerOf(SecurityContextHolder.getContext().getAuthentication()), key,
                    fingerprint(request, body));
        } catch (MongoException e) {
            log.warn("Idempotency key not checked, the database failed: {}", e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(response, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                    "Service unavailable", "The request could not be checked against its Idempotency-Key; retry it."));
            return;
        }
        switch (claim) {
            case Claimed claimed -> runFirst(new BufferedRequest(request, body), response, chain, claimed);
            case Replay replay -> replay(replay.response(), response);
            case InProgress inProgress -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                write(response, ProblemResponses.problem(HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_KEY_IN_USE,
                        "Request in progress", "The first request with this Idempotency-Key is still being processed; "
                                + "retry it later to get its response."));
            }
            case OtherRequest otherRequest -> write(response, ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                    "This Idempotency-Key was sent with another request; use a new key for a new request."));
        }
    }

    private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claimed claimed)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            releaseQuietly(claimed);
            throw e;
        }
        try {
            if (StoredResponse.isFinal(recorded.getStatus())) {
                keep(claimed, recorded);
            } else {
                releaseQuietly(claimed);
            }
        } finally {
            recorded.copyBodyToResponse();
        }
    }

    private void keep(Claimed claimed, ContentCachingResponseWrapper recorded) {
        try {
            keys.complete(claimed, new StoredResponse(recorded.getStatus(), keptHeaders(recorded),
                    recorded.getContentAsByteArray()));
        } catch (MongoException e) {
            // the key stays in progress: a retry gets a 409 until the in-progress timeout, then runs again
            log.warn("Response to an idempotency key not kept: {}", e.toString());
        }
    }

    private void releaseQuietly(Claimed claimed) {
        try {
            keys.release(claimed);
        } catch (RuntimeException e) {
            log.warn("Idempotency key not released; it is free again after its in-progress timeout: {}", e.toString());
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static Map<String, List<String>> keptHeaders(HttpServletResponse response) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        // asked apart: the servlet container keeps the content type out of the header list until it commits
        if (response.getContentType() != null) {
            kept.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        }
        for (String name : StoredResponse.KEPT_HEADERS) {
            List<String> values = List.copyOf(response.getHeaders(name));
            if (!values.isEmpty()) {
                kept.put(name, values);
            }
        }
        return kept;
    }

    /**
     * The key, from a Structured Field string ({@code "abc"}, as the draft defines it) or the bare token many
     * clients send; null if malformed.
     */
    static String keyOf(List<String> headerValues) {
        if (headerValues.size() != 1) {
            return null;
        }
        String value = headerValues.getFirst().strip();
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        String key = quoted ? value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : value;
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        for (char c : key.toCharArray()) {
            if (c < 0x20 || c > 0x7e || (!quoted && (c == ' ' || c == '"' || c == '\\'))) {
                return null;
            }
        }
        return key;
    }

    private static String callerOf(Authentication authentication) {
        if (authentication == null) {
            return "anonymous";
        }
        return authentication.getPrincipal() instanceof Jwt jwt ? jwt.getSubject() : authentication.getName();
    }

    /** What makes two requests the same one: where they go and what they carry. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
