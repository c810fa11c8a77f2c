package dev.switchboard.achievement.credential;

import dev.switchboard.achievement.achievement.IssuedAchievement;
import dev.switchboard.achievement.definition.AchievementDefinition;
import dev.switchboard.achievement.definition.DefinitionRepository;
import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.domain.DomainRuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An achievement as an Open Badges 3.0 OpenBadgeCredential (a W3C Verifiable Credential). The earner is named only by
 * a salted hash (of the email address, else of the contact id), so the credential discloses no one to a reader who
 * does not already know them. Both the VC 2.0 dates (validFrom/validUntil) and Open Badges 3.0's required
 * issuanceDate/expirationDate are given, so verifiers of either generation read it.
 */
@Component
class OpenBadgeCredentials {

    static final String CONTEXT_VC = "https://www.w3.org/ns/credentials/v2";
    static final String CONTEXT_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String ISSUER_NAME = "Switchboard";

    private final DefinitionRepository definitions;
    private final ContactDirectory contacts;
    private final StatusLists statusLists;
    private final IssuerUrls urls;

    OpenBadgeCredentials(DefinitionRepository definitions, ContactDirectory contacts, StatusLists statusLists,
            IssuerUrls urls) {
        this.definitions = definitions;
        this.contacts = contacts;
        this.statusLists = statusLists;
        this.urls = urls;
    }

    static String idOf(String achievementId) {
        return "urn:uuid:" + achievementId;
    }

    static Optional<String> achievementIdOf(Object credentialId) {
        return credentialId instanceof String id && id.startsWith("urn:uuid:")
                ? Optional.of(id.substring("urn:uuid:".length())) : Optional.empty();
    }

    Map<String, Object> of(IssuedAchievement achievement) {
        if (achievement.contactId() == null) {
            throw DomainRuleViolation.conflict("Achievement '" + achievement.id() + "' is anonymised.",
                    List.of("its contact was purged, so it names no one to issue a credential to"));
        }
        KnownContact contact = contacts.require(achievement.contactId());
        Optional<AchievementDefinition> definition = definitions.findById(achievement.definitionId());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(CONTEXT_VC, CONTEXT_OB));
        credential.put("id", idOf(achievement.id()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", achievement.name());
        credential.put("issuer", issuer(urls));
        credential.put("validFrom", achievement.issuedAt().toString());
        credential.put("issuanceDate", achievement.issuedAt().toString());
        if (achievement.expiresAt() != null) {
            credential.put("validUntil", achievement.expiresAt().toString());
            credential.put("expirationDate", achievement.expiresAt().toString());
        }
        credential.put("credentialSubject", subject(achievement, contact, definition));
        credential.put("credentialStatus", statusLists.entryFor(achievement.statusIndex()));
        // registered JWT claims beside the credential, for JWT libraries that read only those
        credential.put("iss", urls.issuer());
        credential.put("jti", idOf(achievement.id()));
        credential.put("nbf", achievement.issuedAt().getEpochSecond());
        if (achievement.expiresAt() != null) {
            credential.put("exp", achievement.expiresAt().getEpochSecond());
        }
        return credential;
    }

    static Map<String, Object> issuer(IssuerUrls urls) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", urls.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", ISSUER_NAME);
        return issuer;
    }

    private static Map<String, Object> subject(IssuedAchievement achievement, KnownContact contact,
            Optional<AchievementDefinition> definition) {
        Map<String, Object> badge = new LinkedHashMap<>();
        badge.put("id", idOf(achievement.definitionId()));
        badge.put("type", List.of("Achievement"));
        badge.put("name", achievement.name());
        badge.put("description", definition.map(AchievementDefinition::description)
                .filter(description -> description != null && !description.isBlank()).orElse(achievement.name()));
        badge.put("criteria", Map.of("narrative", definition.map(AchievementDefinition::criteria)
                .filter(criteria -> criteria != null && !criteria.isBlank()).orElse(achievement.name())));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity(achievement, contact)));
        subject.put("achievement", badge);
        return subject;
    }

    private static Map<String, Object> identity(IssuedAchievement achievement, KnownContact contact) {
        boolean email = contact.primaryEmail() != null && !contact.primaryEmail().isBlank();
        String identity = email ? contact.primaryEmail().strip().toLowerCase(Locale.ROOT) : contact.id();
        String salt = achievement.id();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "IdentityObject");
        object.put("hashed", true);
        object.put("identityHash", "sha256$" + sha256(identity + salt));
        object.put("identityType", email ? "emailAddress" : "systemId");
        object.put("salt", salt);
        return object;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
