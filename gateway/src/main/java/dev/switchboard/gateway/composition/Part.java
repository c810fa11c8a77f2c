package dev.switchboard.gateway.composition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What one service said about one part of what the gateway composes about a contact. */
public sealed interface Part {

    /** How the part reads in the profile: the service's answer, or a marker saying why it is missing. */
    JsonNode toJson();

    /** The service answered; its body as it is. */
    record Answered(JsonNode body) implements Part {

        @Override
        public JsonNode toJson() {
            return body;
        }
    }

    /** The service refused the caller (4xx): its own decision, reported with its status. */
    record Refused(int status, JsonNode problem) implements Part {

        @Override
        public JsonNode toJson() {
            ObjectNode marker = marker(reason());
            marker.put("status", status);
            if (problem != null && problem.path("detail").isString()) {
                marker.put("detail", problem.path("detail").asString());
            }
            return marker;
        }

        private String reason() {
            return switch (status) {
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                default -> "refused";
            };
        }
    }

    /** The service could not be asked: down, too slow, failing, or its breaker open. */
    record Unavailable(String reason, String detail) implements Part {

        @Override
        public JsonNode toJson() {
            return marker(reason).put("detail", detail);
        }
    }

    private static ObjectNode marker(String reason) {
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("unavailable", true);
        marker.put("reason", reason);
        return marker;
    }
}
