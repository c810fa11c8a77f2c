package dev.switchboard.achievement.achievement;

import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Achievements", description = "Achievements issued to contacts, and whether they still count")
@RestController
class AchievementController {

    private final AchievementRepository achievements;
    private final AchievementIssuing issuing;
    private final AchievementSearch search;
    private final Clock clock;

    AchievementController(AchievementRepository achievements, AchievementIssuing issuing, AchievementSearch search,
            Clock clock) {
        this.achievements = achievements;
        this.issuing = issuing;
        this.search = search;
        this.clock = clock;
    }

    @Operation(summary = "Issue an achievement", operationId = "issueAchievement",
            description = "To a known contact that is not deleted. The number is made from the definition's pattern"
                    + " unless given (a number taken is a 409); the expiry follows from the definition's validity"
                    + " period unless given. Its address is in Location.")
    @PostMapping(path = "/api/achievements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AchievementResponse> issue(@Valid @RequestBody IssueAchievement body) {
        Achievement achievement = issuing.issue(body, SecurityContextHolder.getContext().getAuthentication().getName());
        return ResponseEntity.created(URI.create("/api/achievements/" + achievement.id()))
                .body(AchievementResponse.of(achievement, clock.instant()));
    }

    @Operation(summary = "Read an achievement", operationId = "getAchievement")
    @GetMapping(path = "/api/achievements/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AchievementResponse get(@PathVariable String id) {
        return AchievementResponse.of(find(id), clock.instant());
    }

    @Operation(summary = "Find achievements", operationId = "searchAchievements",
            description = "Achievements of a definition, of a validity as of now, or expiring before a moment;"
                    + " the newest issued first, a page at a time.")
    @GetMapping(path = "/api/achievements", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AchievementResponse> list(
            @Parameter(description = "only achievements of this definition")
            @RequestParam(required = false) @Size(max = 100) String definitionId,
            @Parameter(description = "only achievements of this validity, as of now")
            @RequestParam(required = false) Validity validity,
            @Parameter(description = "only achievements expiring before this moment (ISO-8601)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant expiringBefore,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "achievements per page") @RequestParam(defaultValue = "20") @Min(1) @Max(200)
            int size) {
        Instant now = clock.instant();
        return PageResponse.of(search.find(definitionId, validity, expiringBefore, now, page, size),
                achievement -> AchievementResponse.of(achievement, now));
    }

    @Operation(summary = "List a contact's achievements", operationId = "listContactAchievements",
            description = "The newest issued first.")
    @GetMapping(path = "/api/contacts/{contactId}/achievements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AchievementResponse> ofContact(@PathVariable @Size(max = 100) String contactId,
            @Parameter(description = "only achievements of this validity, as of now")
            @RequestParam(required = false) Validity validity) {
        Instant now = clock.instant();
        return search.ofContact(contactId, validity, now).stream()
                .map(achievement -> AchievementResponse.of(achievement, now)).toList();
    }

    @Operation(summary = "Revoke an achievement", operationId = "revokeAchievement",
            description = "Admins only. It stays as history but no longer counts; revoking it again is a 409.")
    @PostMapping(path = "/api/achievements/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('admin')")
    AchievementResponse revoke(@PathVariable String id, @Valid @RequestBody RevokeAchievement body) {
        Achievement achievement = find(id);
        Instant now = clock.instant();
        achievement.revoke(body.reason().strip(), now.truncatedTo(ChronoUnit.MILLIS));
        return AchievementResponse.of(achievements.save(achievement), now);
    }

    private Achievement find(String id) {
        return achievements.findById(id).orElseThrow(() -> new NotFoundException("achievement", id));
    }
}
