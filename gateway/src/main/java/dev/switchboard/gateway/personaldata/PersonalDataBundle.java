package dev.switchboard.gateway.personaldata;

import dev.switchboard.gateway.composition.Part;
import dev.switchboard.gateway.composition.Part.Answered;
import dev.switchboard.gateway.composition.Part.Refused;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every service said about a contact, each part read as whether it still holds anything of the person
 * ({@code held}). A part that could not be read makes the bundle incomplete, named in {@code unavailableParts}: a
 * subject access answer must not leave data out silently.
 */
record PersonalDataBundle(String id, Instant readAt, Part contact, Part accounts, Part credentials, Part achievements,
        Part history) {

    /** The history's record of the purge itself: its only value says that the contact was purged. */
    private static final String PURGE_EVENT = "switchboard.ContactPurged";
    private static final String NOT_ASKED_WEBHOOKS = "webhook-service is not asked: it keeps no record per person, "
            + "only other systems' subscriptions and a delivery log of the events sent to them, as they were sent (those about "
            + "this contact may carry its details), which cannot be looked up by person.";

    ObjectNode toJson() {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("contact", read(contact, PersonalDataBundle::contactHeld));
        parts.put("accounts", read(accounts, PersonalDataBundle::listHeld));
        parts.put("credentials", read(credentials, PersonalDataBundle::credentialsHeld));
        parts.put("achievements", read(achievements, PersonalDataBundle::achievementsHeld));
        parts.put("history", read(history, PersonalDataBundle::historyHeld));

        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("id", id);
        bundle.put("readAt", readAt.toString());
        ArrayNode unavailable = JsonNodeFactory.instance.arrayNode();
        parts.forEach((name, part) -> {
            if (!part.has("held")) {
                unavailable.add(name);
            }
        });
        bundle.put("complete", unavailable.isEmpty());
        bundle.set("unavailableParts", unavailable);
        boolean anyHeld = parts.values().stream().anyMatch(part -> part.path("held").asBoolean(false));
        if (anyHeld || unavailable.isEmpty()) {
            bundle.put("held", anyHeld);
        } else {
            bundle.putNull("held");
        }
        parts.forEach(bundle::set);
        bundle.putObject("notAsked").put("webhooks", NOT_ASKED_WEBHOOKS);
        return bundle;
    }

    /** A service's answer with {@code held} in front; a 404 holds nothing; anything else is the part's marker. */
    private static JsonNode read(Part part, Function<JsonNode, ObjectNode> held) {
        return switch (part) {
            case Answered(JsonNode body) -> held.apply(body);
            case Refused(int status, JsonNode problem) when status == 404 -> held.apply(null);
            default -> part.toJson();
        };
    }

    private static ObjectNode contactHeld(JsonNode contact) {
        ObjectNode read = JsonNodeFactory.instance.objectNode().put("held", contact != null);
        if (contact != null) {
            read.set("data", contact);
        }
        return read;
    }

    /** Credentials with status NONE are none. */
    private static ObjectNode credentialsHeld(JsonNode credentials) {
        boolean held = credentials != null && !"NONE".equals(credentials.path("status").asString(""));
        ObjectNode read = JsonNodeFactory.instance.objectNode().put("held", held);
        if (credentials != null) {
            read.set("data", credentials);
        }
        return read;
    }

    private static ObjectNode listHeld(JsonNode list) {
        ArrayNode items = itemsOf(list);
        return heldItems(!items.isEmpty(), items);
    }

    /** An anonymised achievement (the contact purged) is no longer anyone's. */
    private static ObjectNode achievementsHeld(JsonNode list) {
        ArrayNode items = itemsOf(list);
        boolean held = items.valueStream().anyMatch(item -> absent(item.path("anonymisedAt")));
        return heldItems(held, items);
    }

    /**
     * The history holds something of the person while an entry shows a value a purge has not erased; when, which field
     * and who changed it stay, and so does the purge's own entry, whose only value is that the contact was purged.
     */
    private static ObjectNode historyHeld(JsonNode list) {
        ArrayNode items = itemsOf(list);
        long erased = items.valueStream().filter(entry -> entry.path("erased").asBoolean(false)).count();
        boolean held = items.valueStream().anyMatch(entry -> !entry.path("erased").asBoolean(false)
                && !PURGE_EVENT.equals(entry.path("eventType").asString(""))
                && !(absent(entry.path("oldValue")) && absent(entry.path("newValue"))));
        ObjectNode read = JsonNodeFactory.instance.objectNode().put("held", held).put("entries", items.size())
                .put("erased", erased);
        read.set("items", items);
        return read;
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private static ArrayNode itemsOf(JsonNode list) {
        return list != null && list.path("items") instanceof ArrayNode items ? items : JsonNodeFactory.instance.arrayNode();
    }

    private static ObjectNode heldItems(boolean held, ArrayNode items) {
        ObjectNode read = JsonNodeFactory.instance.objectNode().put("held", held);
        read.set("items", items);
        return read;
    }
}
