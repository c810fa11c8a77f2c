package dev.switchboard.events.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.events.MalformedEventException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final EventContext context = new EventContext("user-1", "editor", Channel.MANUAL, "corr-1", "cause-1");
    private final AccountCreated created = new AccountCreated("acc-1", 1,
            AccountDetails.builder().name("Acme").build(), true);

    @Test
    void anEventIsWrittenAsAStructuredCloudEventWithOurExtensions() {
        String json = codec.encode(codec.wrap(created, context, "/switchboard/account-service", "evt-1",
                Instant.parse("2026-01-01T00:00:00Z")));

        JsonNode event = JsonMapper.builder().build().readTree(json);
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo("evt-1");
        assertThat(event.get("type").asString()).isEqualTo("switchboard.AccountCreated");
        assertThat(event.get("subject").asString()).isEqualTo("acc-1");
        assertThat(event.get("time").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(event.get("actor").asString()).isEqualTo("user-1");
        assertThat(event.get("channel").asString()).isEqualTo("MANUAL");
        assertThat(event.get("correlationid").asString()).isEqualTo("corr-1");
        assertThat(event.get("causationid").asString()).isEqualTo("cause-1");
        assertThat(event.at("/data/aggregateType").asString()).isEqualTo("account");
        assertThat(event.at("/data/aggregateVersion").asLong()).isEqualTo(1);
        assertThat(event.at("/data/changes").findValuesAsString("field"))
                .containsExactly("name", "active");
    }

    @Test
    void anEventReadBackGivesItsRecord() {
        CloudEvent decoded = codec.decode(codec.encode(codec.wrap(created, context, "/s", "evt-2", Instant.now())));

        assertThat(decoded.channel()).isEqualTo(Channel.MANUAL);
        assertThat(codec.dataOf(decoded)).contains(created);
    }

    @Test
    void anUnknownTypeIsReadAsEnvelopeOnly() {
        CloudEvent decoded = codec.decode("""
                {"specversion":"1.0","id":"x","source":"/other","type":"other.Thing","data":{"a":1}}""");

        assertThat(codec.dataOf(decoded)).isEmpty();
        assertThat(decoded.data().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void whatIsNoCloudEventIsMalformed() {
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"id\":\"x\"}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"id\":\"x\",\"type\":\"t\",\"data\":\"text\"}"))
                .isInstanceOf(MalformedEventException.class);
    }
}
