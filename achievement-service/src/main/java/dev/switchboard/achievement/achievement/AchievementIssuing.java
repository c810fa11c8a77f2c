package dev.switchboard.achievement.achievement;

import dev.switchboard.achievement.definition.AchievementDefinition;
import dev.switchboard.achievement.definition.DefinitionRepository;
import dev.switchboard.achievement.definition.NumberPattern;
import dev.switchboard.platform.contactview.ContactDirectory;
import dev.switchboard.platform.contactview.KnownContact;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.domain.InvalidValues;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Decides everything an achievement is issued with (number, dates, who issued it) and issues it. */
@Component
class AchievementIssuing {

    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final int NUMBER_ATTEMPTS = 100;
    /** The counter of places in the revocation status lists, one per achievement, from 0. */
    static final String STATUS_INDEX = "status-index";

    private final AchievementRepository achievements;
    private final DefinitionRepository definitions;
    private final ContactDirectory contacts;
    private final NumberSequences sequences;
    private final Certificates certificates;
    private final DocumentFiles files;
    private final Clock clock;

    AchievementIssuing(AchievementRepository achievements, DefinitionRepository definitions,
            ContactDirectory contacts, NumberSequences sequences, Certificates certificates, DocumentFiles files,
            Clock clock) {
        this.achievements = achievements;
        this.definitions = definitions;
        this.contacts = contacts;
        this.sequences = sequences;
        this.certificates = certificates;
        this.files = files;
        this.clock = clock;
    }

    Achievement issue(IssueAchievement request, String caller) {
        AchievementDefinition definition = definitions.findById(request.definitionId())
                .orElseThrow(() -> DomainRuleViolation.unprocessable(
                        "Achievement definition '" + request.definitionId() + "' does not exist."));
        Instant issuedAt = checked("issuedAt", request.issuedAt() == null
                ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : request.issuedAt());
        Instant expiresAt = checked("expiresAt", request.expiresAt() == null
                ? expiry(issuedAt, definition.period()) : request.expiresAt());
        if (expiresAt != null && !expiresAt.isAfter(issuedAt)) {
            throw InvalidValues.of("expiresAt", "must be after issuedAt");
        }
        IssuedBy issuedBy = issuedBy(request.issuedBy(), caller);
        KnownContact contact = contacts.requireActive(request.contactId());
        if (request.number() != null) {
            refuseTaken(request.number());
            return save(issue(request, definition, request.number(), issuedAt, expiresAt, issuedBy), contact);
        }
        NumberPattern pattern = NumberPattern.parse(definition.numberPattern());
        String scope = pattern.scope(issuedAt);
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            // a number given by hand may have taken the next one; the counter moves past it
            String number = pattern.number(scope, sequences.next(definition.id() + ":" + scope));
            if (!achievements.existsByNumber(number)) {
                return save(issue(request, definition, number, issuedAt, expiresAt, issuedBy), contact);
            }
        }
        throw DomainRuleViolation.conflict("No free number found for definition '" + definition.id() + "'.",
                List.of("give the number, or widen the definition's {seq:N}"));
    }

    private Achievement issue(IssueAchievement request, AchievementDefinition definition, String number,
            Instant issuedAt, Instant expiresAt, IssuedBy issuedBy) {
        return Achievement.issue(new Achievement.Issue(request.contactId(), definition.id(), definition.name(),
                definition.brand(), number, issuedAt, expiresAt, issuedBy, sequences.next(STATUS_INDEX) - 1));
    }

    /**
     * Stores the achievement with its certificate in one write. The PDF is drawn and kept first: if that fails
     * nothing is issued, and if the achievement then cannot be stored its PDF is deleted again.
     */
    private Achievement save(Achievement achievement, KnownContact contact) {
        StoredFile certificate = certificates.make(achievement, contact);
        try {
            achievement.addDocument(DocumentKind.CERTIFICATE, certificate);
            return achievements.save(achievement);
        } catch (DuplicateKeyException taken) {
            files.delete(certificate.fileId());
            throw numberTaken(achievement.number());
        } catch (RuntimeException notStored) {
            files.delete(certificate.fileId());
            throw notStored;
        }
    }

    private void refuseTaken(String number) {
        if (achievements.existsByNumber(number)) {
            throw numberTaken(number);
        }
    }

    private static DomainRuleViolation numberTaken(String number) {
        return DomainRuleViolation.conflict("Achievement number '" + number + "' is taken.",
                List.of("numbers are unique; leave it out to have one made"));
    }

    private static Instant expiry(Instant issuedAt, Period period) {
        if (period == null) {
            return null;
        }
        try {
            return issuedAt.atZone(ZoneOffset.UTC).plus(period).toInstant();
        } catch (RuntimeException beyondTime) {
            throw InvalidValues.of("issuedAt", "is too late for the definition's validity period");
        }
    }

    private static Instant checked(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw InvalidValues.of(field, "must lie between the years 1000 and 9999");
        }
        return instant;
    }

    private static IssuedBy issuedBy(IssuedBy given, String caller) {
        if (given.type() == IssuedBy.Type.MANUAL) {
            return new IssuedBy(IssuedBy.Type.MANUAL, given.id() == null ? caller : given.id(),
                    given.name() == null ? caller : given.name());
        }
        if (given.id() == null || given.id().isBlank()) {
            throw InvalidValues.of("issuedBy.id", "names the " + given.type().name().toLowerCase().replace('_', ' '));
        }
        return given;
    }
}
