package dev.switchboard.platform.problems;

import java.net.URI;

/** The stable {@code type} of every kind of RFC 9457 problem Switchboard answers with, gateway and services alike. */
public final class ProblemTypes {

    private static final String BASE = "https://switchboard.dev/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI CONCURRENT_UPDATE = URI.create(BASE + "concurrent-update");
    public static final URI UNPROCESSABLE = URI.create(BASE + "unprocessable");
    /** An {@code Idempotency-Key} sent again with another request than the one it was first sent with. */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    /** An {@code Idempotency-Key} whose first request is still being processed. */
    public static final URI IDEMPOTENCY_KEY_IN_USE = URI.create(BASE + "idempotency-key-in-use");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    /** A request body larger than the gateway or a service accepts (413). */
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
    /** More requests than the caller's rate limit allows (429, with {@code Retry-After}). */
    public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
