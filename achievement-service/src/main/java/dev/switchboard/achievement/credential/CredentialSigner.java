package dev.switchboard.achievement.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signs credentials as VC-JWTs (the credential is the JWT's claims; the header names the key by {@code kid} and the
 * JWKS that holds it by {@code jku}) and checks such signatures against the issuer's own keys only, found by
 * {@code kid}: the {@code jku} is never fetched, so a credential naming another JWKS cannot bring its own key, and one
 * signed before the public address changed still verifies.
 */
@Component
class CredentialSigner {

    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private final IssuerKeys keys;
    private final IssuerUrls urls;

    CredentialSigner(IssuerKeys keys, IssuerUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    String sign(Map<String, Object> credential) {
        ECKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(VC_JWT).contentType("vc")
                .keyID(key.getKeyID()).jwkURL(urls.jwks()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(credential));
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
    }

    /** The signed claims, if this is a JWT signed by one of the issuer's keys; none for anything else. */
    Optional<Map<String, Object>> verified(String compact) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact.strip());
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
                return Optional.empty();
            }
            Optional<ECKey> key = keys.publicKey(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new ECDSAVerifier(key.get()))) {
                return Optional.empty();
            }
            return Optional.of(jwt.getPayload().toJSONObject());
        } catch (ParseException | JOSEException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
