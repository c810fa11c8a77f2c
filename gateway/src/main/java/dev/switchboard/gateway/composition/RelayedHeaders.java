package dev.switchboard.gateway.composition;

import dev.switchboard.platform.correlation.CorrelationIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** What the gateway passes on when it asks the services itself: the caller's token, so that each decides for itself. */
public final class RelayedHeaders {

    private RelayedHeaders() {
    }

    /** The caller's token, the request's correlation id and language. */
    public static HttpHeaders of(ServerHttpRequest request) {
        HttpHeaders relayed = new HttpHeaders();
        for (String name : new String[] {HttpHeaders.AUTHORIZATION, CorrelationIds.HEADER, HttpHeaders.ACCEPT_LANGUAGE}) {
            String value = request.getHeaders().getFirst(name);
            if (value != null) {
                relayed.set(name, value);
            }
        }
        return relayed;
    }
}
