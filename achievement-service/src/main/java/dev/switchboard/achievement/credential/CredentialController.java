package dev.switchboard.achievement.credential;

import dev.switchboard.achievement.achievement.IssuedAchievement;
import dev.switchboard.achievement.achievement.IssuedAchievements;
import dev.switchboard.platform.domain.InvalidValues;
import dev.switchboard.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Verifiable credentials",
        description = "Achievements as signed Open Badges 3.0 credentials, and their verification by anyone")
@RestController
class CredentialController {

    static final String VC_JWT = "application/vc+jwt";

    private final IssuedAchievements achievements;
    private final OpenBadgeCredentials credentials;
    private final CredentialSigner signer;
    private final StatusLists statusLists;
    private final IssuerKeys keys;
    private final IssuerUrls urls;
    private final Clock clock;

    CredentialController(IssuedAchievements achievements, OpenBadgeCredentials credentials, CredentialSigner signer,
            StatusLists statusLists, IssuerKeys keys, IssuerUrls urls, Clock clock) {
        this.achievements = achievements;
        this.credentials = credentials;
        this.signer = signer;
        this.statusLists = statusLists;
        this.keys = keys;
        this.urls = urls;
        this.clock = clock;
    }

    @Operation(summary = "Get an achievement as a verifiable credential", operationId = "getAchievementCredential",
            description = "The Open Badges 3.0 OpenBadgeCredential of the achievement, signed as a compact VC-JWT by"
                    + " the issuer's current key (named by kid; jku is the issuer's public JWKS). Its credentialStatus"
                    + " points at the public revocation list. Not for an anonymised achievement (409).")
    @GetMapping(path = "/api/achievements/{id}/credential", produces = VC_JWT)
    ResponseEntity<byte[]> credential(@PathVariable @Size(max = 100) String id) {
        IssuedAchievement achievement = achievements.byId(id).orElseThrow(() -> new NotFoundException("achievement", id));
        return vcJwt(ResponseEntity.ok().cacheControl(CacheControl.noStore()), signer.sign(credentials.of(achievement)));
    }

    @Operation(summary = "Verify an achievement", operationId = "verifyAchievement",
            description = "Public: no token needed. Takes the credential (VC-JWT) or the number printed on a"
                    + " certificate and answers VALID, EXPIRED, REVOKED, FORGED (not signed by this issuer, or changed"
                    + " since) or UNKNOWN, with what the achievement is, never who holds it.")
    @SecurityRequirements
    @PostMapping(path = IssuerUrls.PUBLIC + "/verify", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify(@Valid @RequestBody VerifyAchievement body) {
        boolean byCredential = body.credential() != null && !body.credential().isBlank();
        boolean byNumber = body.number() != null && !body.number().isBlank();
        if (byCredential == byNumber) {
            throw InvalidValues.of("credential", "give either the credential or the number");
        }
        if (byNumber) {
            return achievements.byNumber(body.number().strip()).map(Verification::of)
                    .orElse(Verification.of(VerificationStatus.UNKNOWN));
        }
        return signer.verified(body.credential())
                .map(claims -> OpenBadgeCredentials.achievementIdOf(claims.get("id"))
                        .flatMap(achievements::byId)
                        .map(Verification::of)
                        .orElse(Verification.of(VerificationStatus.UNKNOWN)))
                .orElse(Verification.of(VerificationStatus.FORGED));
    }

    @Operation(summary = "Read the issuer's profile", operationId = "getAchievementIssuer",
            description = "Public. The Open Badges issuer profile credentials name, with the address of its keys.")
    @SecurityRequirements
    @GetMapping(path = IssuerUrls.PUBLIC + "/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> issuer() {
        Map<String, Object> profile = new java.util.LinkedHashMap<>();
        profile.put("@context", java.util.List.of(OpenBadgeCredentials.CONTEXT_VC, OpenBadgeCredentials.CONTEXT_OB));
        profile.putAll(OpenBadgeCredentials.issuer(urls));
        profile.put("jwks", urls.jwks().toString());
        return profile;
    }

    @Operation(summary = "Read the issuer's public keys", operationId = "getAchievementIssuerKeys",
            description = "Public. Every key the issuer ever signed with (a JWKS), so credentials signed before a"
                    + " rotation keep verifying.")
    @SecurityRequirements
    @GetMapping(path = IssuerUrls.PUBLIC + "/issuer/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(keys.publicKeys().toJSONObject(true));
    }

    @Operation(summary = "Read a revocation status list", operationId = "getAchievementStatusList",
            description = "Public. A W3C Bitstring Status List credential (VC-JWT): the bit of an achievement's"
                    + " statusListIndex is 1 once it is revoked.")
    @SecurityRequirements
    @GetMapping(path = IssuerUrls.PUBLIC + "/status-lists/{list}", produces = VC_JWT)
    ResponseEntity<byte[]> statusList(@PathVariable @Min(0) @Max(1_000_000) long list) {
        String signed = signer.sign(statusLists.credential(list,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString()));
        return vcJwt(ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1))), signed);
    }

    /** A compact JWS is ASCII: sent as bytes, so no charset parameter is added to its media type. */
    private static ResponseEntity<byte[]> vcJwt(ResponseEntity.BodyBuilder response, String compact) {
        return response.contentType(MediaType.parseMediaType(VC_JWT))
                .body(compact.getBytes(StandardCharsets.US_ASCII));
    }

    @Operation(summary = "Rotate the issuer's signing key", operationId = "rotateAchievementIssuerKey",
            description = "Admins only. A new key signs from now on; credentials signed with earlier keys keep"
                    + " verifying, as those stay published.")
    @PreAuthorize("hasRole('admin')")
    @PostMapping(path = "/api/achievements/issuer-keys/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate().getKeyID());
    }
}
