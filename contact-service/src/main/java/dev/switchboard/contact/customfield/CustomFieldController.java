package dev.switchboard.contact.customfield;

import dev.switchboard.platform.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The custom fields contacts may carry; an admin declares them, everyone reads them. */
@RestController
@RequestMapping(path = "/api/contacts/custom-fields", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomFieldController {

    private final CustomFieldRepository definitions;

    CustomFieldController(CustomFieldRepository definitions) {
        this.definitions = definitions;
    }

    @GetMapping
    List<CustomFieldDefinition> list() {
        return definitions.findAll(Sort.by("key"));
    }

    @PutMapping(path = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('admin')")
    CustomFieldDefinition declare(@PathVariable String key, @Valid @RequestBody Declaration declaration) {
        if (!key.matches(CustomFieldDefinition.KEY)) {
            throw InvalidRequestException.of("key", "must start with a letter and hold only letters, digits and _");
        }
        if (declaration.type() == CustomFieldType.ENUM && declaration.values().isEmpty()) {
            throw InvalidRequestException.of("values", "an enum field needs its values");
        }
        return definitions.save(new CustomFieldDefinition(key, declaration.label(), declaration.type(),
                declaration.values()));
    }

    /** The path names the key; the body says what it is. */
    record Declaration(
            @jakarta.validation.constraints.Size(max = 100) String label,
            @jakarta.validation.constraints.NotNull CustomFieldType type,
            @jakarta.validation.constraints.Size(max = 100) List<String> values) {

        Declaration {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
