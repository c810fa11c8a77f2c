package dev.switchboard.platform.events;

import java.util.Objects;

/**
 * Who caused an event and how: carried into every CloudEvent as extensions.
 *
 * @param actor         the subject (user or service account id) that acted
 * @param actorName     a readable name for the actor (username or client id)
 * @param channel       how the change was made
 * @param correlationId the id that ties a whole interaction together
 * @param causationId   the id of the event this one reacts to, if any
 */
public record EventContext(String actor, String actorName, Channel channel, String correlationId, String causationId) {

    public EventContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The context of a change made by a service in reaction to {@code cause}. */
    public static EventContext reactionTo(CloudEvent cause, String service) {
        return new EventContext(service, service, Channel.SYSTEM, cause.correlationId(), cause.id());
    }
}
