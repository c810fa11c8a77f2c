package dev.switchboard.gateway.limits;

import dev.switchboard.gateway.problem.ProblemWriter;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.platform.correlation.CorrelationIds;
import dev.switchboard.platform.problems.ProblemTypes;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Answers, as problems, the requests that never reach Spring: a request line or headers over the server's limits
 * (Reactor Netty would answer 414 or 431 with an empty body) and a target that is no URI, such as an unencoded
 * {@code [} in the query or a broken escape (forwarded, or an empty 400 from WebFlux). One per connection, which it closes after refusing.
 */
class UnreadableRequests extends ChannelInboundHandlerAdapter {

    /** Besides letters and digits: unreserved, sub-delims, and the separators of a path and query. */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";

    private final ProblemWriter writer;
    private boolean refused;

    UnreadableRequests(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        HttpRequest request = message instanceof HttpRequest httpRequest ? httpRequest : null;
        ProblemDetail problem = request == null ? null : problemWith(request);
        if (problem == null) {
            context.fireChannelRead(message);
            return;
        }
        refused = true;
        // headers over the limit are not read, so their correlation id is not either: such a refusal gets a new one
        String correlationId = CorrelationIds.acceptOrCreate(request.headers().get(CorrelationIds.HEADER));
        ReferenceCountUtil.release(message);
        byte[] body = writer.render(problem);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(CorrelationIds.HEADER, correlationId);
        context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static ProblemDetail problemWith(HttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            return switch (result.cause()) {
                case TooLongHttpLineException e -> Problems.problem(HttpStatus.URI_TOO_LONG, ProblemTypes.URI_TOO_LONG,
                        "URI too long", "The request line is longer than the gateway accepts.");
                case TooLongHttpHeaderException e -> Problems.problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        ProblemTypes.HEADERS_TOO_LARGE, "Headers too large",
                        "The request's headers are larger than the gateway accepts.");
                default -> malformed("The request is not valid HTTP.");
            };
        }
        return isUri(request.uri()) ? null
                : malformed("The request's URI is not valid: characters such as [ ] { } | must be percent-encoded.");
    }

    /**
     * Whether the target holds only what RFC 3986 allows in a path and query, with well-formed escapes. Stricter than
     * {@link java.net.URI}, which lets {@code [ ]} through anywhere; the services' servers refuse them in a query.
     */
    static boolean isUri(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0
                        || Character.digit(target.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0))) {
                return false;
            }
        }
        return true;
    }

    private static ProblemDetail malformed(String detail) {
        return Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail);
    }
}
