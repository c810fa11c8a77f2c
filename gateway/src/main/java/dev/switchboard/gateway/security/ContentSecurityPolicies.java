package dev.switchboard.gateway.security;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A Content-Security-Policy on every answer that has none. Swagger UI, the one page the gateway serves, loads only its
 * own scripts and styles (its widgets set inline styles) and talks to the gateway and to the realm, whose token endpoint
 * its Authorize button calls. Everything else is data for a program, which a browser must not run or frame.
 */
class ContentSecurityPolicies implements ServerHttpHeadersWriter {

    static final String DATA = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final String HEADER = "Content-Security-Policy";

    private final String swaggerUi;

    ContentSecurityPolicies(URI issuer) {
        String realm = issuer.getScheme() + "://" + issuer.getAuthority();
        swaggerUi = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self' " + realm + "; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + realm + "; frame-ancestors 'none'";
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader(HEADER)) {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            headers.set(HEADER, path.startsWith("/swagger-ui") ? swaggerUi : DATA);
        }
        return Mono.empty();
    }
}
