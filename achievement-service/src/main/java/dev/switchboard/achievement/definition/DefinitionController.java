package dev.switchboard.achievement.definition;

import dev.switchboard.platform.web.MergePatches;
import dev.switchboard.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Achievement definitions", description = "The catalogue achievements are issued from: admins keep it,"
        + " everyone reads it.")
@RestController
@RequestMapping(path = "/api/achievements/definitions", produces = MediaType.APPLICATION_JSON_VALUE)
class DefinitionController {

    private static final Set<String> READ_ONLY = Set.of("id", "createdAt");

    private final DefinitionRepository definitions;
    private final MergePatches patches;
    private final Clock clock;

    DefinitionController(DefinitionRepository definitions, MergePatches patches, Clock clock) {
        this.definitions = definitions;
        this.patches = patches;
        this.clock = clock;
    }

    @Operation(summary = "Define an achievement", operationId = "createAchievementDefinition",
            description = "Admins only. Its address is in Location.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<AchievementDefinition> create(@Valid @RequestBody DefinitionFields body) {
        AchievementDefinition definition = definitions.save(toDefinition(UUID.randomUUID().toString(), body,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/achievements/definitions/" + definition.id())).body(definition);
    }

    @Operation(summary = "List the achievement definitions", operationId = "listAchievementDefinitions")
    @GetMapping
    List<AchievementDefinition> list() {
        return definitions.findAll(Sort.by("name", "_id"));
    }

    @Operation(summary = "Read an achievement definition", operationId = "getAchievementDefinition")
    @GetMapping("/{definitionId}")
    AchievementDefinition get(@PathVariable String definitionId) {
        return find(definitionId);
    }

    @Operation(summary = "Change an achievement definition", operationId = "patchAchievementDefinition",
            description = "Admins only. A JSON merge patch (RFC 7396) of the definition's fields; achievements"
                    + " already issued keep the name, brand and expiry they were issued with.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = MergePatches.MEDIA_TYPE, schema = @Schema(implementation = DefinitionFields.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DefinitionFields.class))})
    @PatchMapping(path = "/{definitionId}", consumes = {MergePatches.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasRole('admin')")
    AchievementDefinition patch(@PathVariable String definitionId, @RequestBody JsonNode patch) {
        AchievementDefinition current = find(definitionId);
        DefinitionFields edited = patches.apply(DefinitionFields.of(current), patch, DefinitionFields.class,
                READ_ONLY);
        AchievementDefinition changed = toDefinition(definitionId, edited, current.createdAt());
        return changed.equals(current) ? current : definitions.save(changed);
    }

    private static AchievementDefinition toDefinition(String id, DefinitionFields fields, Instant createdAt) {
        ValidityPeriods.check(fields.validityPeriod());
        NumberPattern.parse(fields.numberPattern());
        return new AchievementDefinition(id, fields.name().strip(), fields.description(), fields.criteria(),
                fields.validityPeriod(), fields.brand(), fields.numberPattern(), createdAt);
    }

    private AchievementDefinition find(String id) {
        return definitions.findById(id).orElseThrow(() -> new NotFoundException("achievement definition", id));
    }
}
