package dev.switchboard.achievement.definition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sets on a definition: the body of a create, and the fields a merge patch may change. */
record DefinitionFields(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Size(max = 2000) String criteria,
        @Schema(description = "ISO-8601 period an achievement stays valid, e.g. P2Y; none: it never expires",
                example = "P2Y")
        @Size(max = 20) @Pattern(regexp = ValidityPeriods.FORMAT, message = "must be an ISO-8601 period such as P2Y")
        String validityPeriod,
        @Size(max = 100) String brand,
        @Schema(description = "how numbers are made: text with {yyyy}, {yy}, {MM} and one {seq:N} (N digits, 1-12)",
                example = "CERT-{yyyy}-{seq:5}")
        @NotBlank @Size(max = 100) String numberPattern) {

    static DefinitionFields of(AchievementDefinition definition) {
        return new DefinitionFields(definition.name(), definition.description(), definition.criteria(),
                definition.validityPeriod(), definition.brand(), definition.numberPattern());
    }
}
