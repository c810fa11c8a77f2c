package dev.switchboard.contact.customfield;

import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The custom fields contacts may carry; an admin declares them, everyone reads them. A declaration that would make
 * values contacts already carry invalid (another type, an enum value taken away) is refused while they carry them:
 * those contacts could not be changed any more.
 */
@RestController
@RequestMapping(path = "/api/contacts/custom-fields", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Custom fields", description = "The custom fields contacts may carry, and the type of each one's values.")
class CustomFieldController {

    private final CustomFieldRepository definitions;
    private final CustomFieldUsage usage;

    CustomFieldController(CustomFieldRepository definitions, CustomFieldUsage usage) {
        this.definitions = definitions;
        this.usage = usage;
    }

    @GetMapping
    @Operation(summary = "List the custom fields", operationId = "listCustomFields")
    List<CustomFieldDefinition> list() {
        return definitions.findAll(Sort.by("key"));
    }

    @PutMapping(path = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('admin')")
    @Operation(summary = "Declare or change a custom field", operationId = "declareCustomField",
            description = "Admins only. The key names the field. A change that would make values contacts carry "
                    + "invalid (another type, an enum value taken away) is refused while they carry them.")
    CustomFieldDefinition declare(
            @Parameter(schema = @Schema(pattern = CustomFieldDefinition.KEY)) @PathVariable String key,
            @Valid @RequestBody Declaration declaration) {
        if (!key.matches(CustomFieldDefinition.KEY)) {
            throw InvalidRequestException.of("key", "must start with a letter and hold only letters, digits and _");
        }
        checkValues(declaration);
        definitions.findById(key).ifPresent(current -> refuseIfCarriedValuesBreak(current, declaration));
        return definitions.save(new CustomFieldDefinition(key, declaration.label(), declaration.type(),
                declaration.values()));
    }

    private static void checkValues(Declaration declaration) {
        if (declaration.type() != CustomFieldType.ENUM) {
            if (!declaration.values().isEmpty()) {
                throw InvalidRequestException.of("values", "only an ENUM field has values");
            }
            return;
        }
        if (declaration.values().isEmpty()) {
            throw InvalidRequestException.of("values", "an enum field needs its values");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declaration.values().size(); i++) {
            if (!seen.add(declaration.values().get(i))) {
                throw InvalidRequestException.of("values[" + i + "]", "appears more than once");
            }
        }
    }

    private void refuseIfCarriedValuesBreak(CustomFieldDefinition current, Declaration declaration) {
        if (current.type() != declaration.type()) {
            long carrying = usage.contactsCarrying(current.key());
            if (carrying > 0) {
                throw DomainRuleViolation.conflict("Custom field '" + current.key() + "' cannot change from "
                        + current.type() + " to " + declaration.type() + " while contacts carry it.",
                        List.of(carrying + " contact(s) carry a value of '" + current.key() + "'"));
            }
        } else if (current.type() == CustomFieldType.ENUM) {
            List<String> removed = current.values().stream().filter(v -> !declaration.values().contains(v)).toList();
            long carrying = usage.contactsCarrying(current.key(), removed);
            if (carrying > 0) {
                throw DomainRuleViolation.conflict("Custom field '" + current.key() + "' cannot lose values " + removed
                        + " while contacts carry them.",
                        List.of(carrying + " contact(s) carry one of " + removed + " in '" + current.key() + "'"));
            }
        }
    }

    /** The path names the key; the body says what it is. */
    record Declaration(
            @Size(max = 100) String label,
            @NotNull CustomFieldType type,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> values) {

        Declaration {
            values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
