package dev.switchboard.platform.context;

import dev.switchboard.platform.correlation.CorrelationIds;
import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.events.EventContext;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The context of the change being made on this thread: who acts, through which channel, under which correlation
 * id. For a web request it comes from the JWT and the correlation header; for the reaction to an event it is set
 * around the handler; otherwise the service itself acts.
 */
public class EventContexts {

    private static final ThreadLocal<EventContext> REACTION = new ThreadLocal<>();

    private final String serviceName;
    private final String consoleClientId;

    public EventContexts(String serviceName, String consoleClientId) {
        this.serviceName = serviceName;
        this.consoleClientId = consoleClientId;
    }

    public EventContext current() {
        EventContext reaction = REACTION.get();
        if (reaction != null) {
            return reaction;
        }
        String correlationId = currentCorrelationId();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            String name = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
            String client = jwt.getClaimAsString("azp");
            Channel channel = consoleClientId.equals(client) ? Channel.MANUAL : Channel.API;
            return new EventContext(jwt.getSubject(), name, channel, correlationId, null);
        }
        return new EventContext(serviceName, serviceName, Channel.SYSTEM, correlationId, null);
    }

    /** Runs {@code work} with every event it raises attributed to {@code context}. */
    public <T> T runAs(EventContext context, Supplier<T> work) {
        EventContext previous = REACTION.get();
        REACTION.set(context);
        try (CurrentCorrelation.Scope scope = CurrentCorrelation.open(context.correlationId())) {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public String serviceName() {
        return serviceName;
    }

    private static void restore(EventContext previous) {
        if (previous == null) {
            REACTION.remove();
        } else {
            REACTION.set(previous);
        }
    }

    private static String currentCorrelationId() {
        String current = CurrentCorrelation.get();
        return current != null ? current : CorrelationIds.create();
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
