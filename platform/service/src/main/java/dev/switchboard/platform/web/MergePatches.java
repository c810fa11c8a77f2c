package dev.switchboard.platform.web;

import dev.switchboard.platform.web.InvalidRequestException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies JSON Merge Patch (RFC 7396) to the editable part of a resource, held as a record: fields the record does
 * not have are refused (read-only ones by name), and the result must pass the record's constraints. Nothing is
 * changed unless the whole patch is valid.
 */
public class MergePatches {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper mapper;
    private final Validator validator;

    public MergePatches(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The editable values after the patch.
     *
     * @param current  the values now, as the editable record or as any value whose JSON has the same fields (the
     *                 stored record a request record mirrors), so nothing is copied field by field
     * @param readOnly fields of the resource a client may read but never write
     */
    public <T extends Record> T apply(Object current, JsonNode patch, Class<T> type, Set<String> readOnly) {
        if (patch == null || !patch.isObject()) {
            throw InvalidRequestException.of("", "a merge patch is a JSON object");
        }
        Set<String> editable = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        List<FieldProblem> refused = new ArrayList<>();
        for (String name : patch.propertyNames()) {
            if (readOnly.contains(name)) {
                refused.add(new FieldProblem(name, "is read-only"));
            } else if (!editable.contains(name)) {
                refused.add(new FieldProblem(name, "is not a field of this resource"));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T patched = read(merged, type);
        validate(patched);
        return patched;
    }

    /** Checks a value's constraints; the first problem of each field is reported. */
    public void validate(Object value) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            Map<String, String> firstPerField = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                            (first, second) -> first, java.util.TreeMap::new));
            throw new InvalidRequestException(firstPerField.entrySet().stream()
                    .map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList());
        }
    }

    private <T> T read(JsonNode merged, Class<T> type) {
        try {
            // an omitted flag in a new nested object (an email without "primary") reads as false

            return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(merged);
        } catch (JacksonException e) {
            throw new InvalidRequestException(List.of(JsonProblems.of(e)));
        }
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> property : patch.properties()) {
            if (property.getValue().isNull()) {
                result.remove(property.getKey());
            } else {
                result.set(property.getKey(), merge(result.get(property.getKey()), property.getValue()));
            }
        }
        return result;
    }
}
