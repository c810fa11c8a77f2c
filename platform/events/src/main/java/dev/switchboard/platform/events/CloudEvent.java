package dev.switchboard.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with Switchboard's extensions (actor, actorname, channel,
 * correlationid, causationid). Written by {@link CloudEventCodec}; the Kafka record key is the subject.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @JsonProperty("specversion") String specVersion,
        @JsonProperty("id") String id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("time") Instant time,
        @JsonProperty("subject") String subject,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("actor") String actor,
        @JsonProperty("actorname") String actorName,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("correlationid") String correlationId,
        @JsonProperty("causationid") String causationId,
        @JsonProperty("data") JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
