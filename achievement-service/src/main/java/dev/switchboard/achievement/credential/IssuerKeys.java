package dev.switchboard.achievement.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The issuer's signing keys (EC P-256, ES256), kept in MongoDB so they outlive restarts. The newest signs; every key
 * ever made stays published in the JWKS, so credentials signed before a rotation keep verifying. The private parts
 * live only in this service's database and never leave it.
 */
@Component
class IssuerKeys {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, ECKey> parsed = new ConcurrentHashMap<>();

    IssuerKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The key that signs now; the first one is made when first needed. */
    ECKey current() {
        StoredKey newest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(1),
                StoredKey.class);
        return newest == null ? rotate() : parse(newest);
    }

    /** A new key signs from now on; the old ones stay published. */
    ECKey rotate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
            mongo.insert(new StoredKey(key.getKeyID(), key.toJSONString(), clock.instant()));
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("No EC P-256 key could be made", e);
        }
    }

    Optional<ECKey> publicKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        ECKey known = parsed.get(kid);
        if (known != null) {
            return Optional.of(known.toPublicJWK());
        }
        return Optional.ofNullable(mongo.findById(kid, StoredKey.class)).map(this::parse).map(ECKey::toPublicJWK);
    }

    /** Every key's public part, the newest first. */
    JWKSet publicKeys() {
        List<StoredKey> all = mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")),
                StoredKey.class);
        return new JWKSet(all.stream().map(this::parse).map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK())
                .toList());
    }

    private ECKey parse(StoredKey stored) {
        return parsed.computeIfAbsent(stored.kid(), kid -> {
            try {
                return ECKey.parse(stored.jwk());
            } catch (ParseException e) {
                throw new IllegalStateException("Issuer key " + kid + " is damaged", e);
            }
        });
    }

    @Document("issuer_keys")
    record StoredKey(@Id String kid, String jwk, Instant createdAt) {
    }
}
