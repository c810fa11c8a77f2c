package dev.switchboard.gateway.composition;

import dev.switchboard.gateway.composition.Part.Answered;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Lists are wrapped as {@code {"items": [...]}}, so that every part is an object and a missing part reads the same. */
final class Lists {

    private Lists() {
    }

    static ObjectNode items(List<JsonNode> items) {
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.putArray("items").addAll(items);
        return wrapped;
    }

    static Part asItems(Part part) {
        return part instanceof Answered(JsonNode body) && body.isArray() ? new Answered(items(body.valueStream().toList())) : part;
    }
}
