package dev.switchboard.gateway.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import reactor.core.publisher.Mono;

/**
 * Only a token the realm issued for the API ({@code aud} names it) passes: the realm signs tokens for other clients
 * too. Checked after decoding rather than in the decoder, so it holds whichever decoder the gateway runs with.
 */
class ApiAudience implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final String audience;
    private final ReactiveJwtAuthenticationConverterAdapter next =
            new ReactiveJwtAuthenticationConverterAdapter(new JwtAuthenticationConverter());

    ApiAudience(String audience) {
        this.audience = audience;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            return Mono.error(new InvalidBearerTokenException("The token is not meant for " + audience));
        }
        return next.convert(jwt);
    }
}
