package dev.switchboard.platform.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Only a token the realm issued for the API ({@code aud} names it) is let in: the realm signs tokens for other
 * clients too. Checked after decoding rather than in the decoder, so it holds whichever decoder a service runs with.
 */
class ApiAudience implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String audience;
    private final Converter<Jwt, AbstractAuthenticationToken> next;

    ApiAudience(String audience, Converter<Jwt, AbstractAuthenticationToken> next) {
        this.audience = audience;
        this.next = next;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new InvalidBearerTokenException("The token is not meant for " + audience);
        }
        return next.convert(jwt);
    }
}
