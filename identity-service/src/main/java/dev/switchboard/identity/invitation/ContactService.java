package dev.switchboard.identity.invitation;

import dev.switchboard.platform.domain.AggregateNotFound;
import dev.switchboard.platform.domain.DomainRuleViolation;
import dev.switchboard.platform.web.ServiceUnavailableException;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;

/**
 * contact-service's API, on behalf of the caller (whose token it relays, so contact-service decides by the caller's
 * roles and records the caller as the one who acted): creating a contact an invitation is for, a client group's
 * members, joining a group. Its refusals are this request's refusals; it being away is a 503.
 */
@Component
class ContactService {

    /** How many members one group invitation takes at most (a job of more is refused, not cut short). */
    static final int MAX_MEMBERS = 10_000;
    private static final int PAGE = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final RestClient http;

    ContactService(@Value("${switchboard.identity.contact-service-url}") String contactServiceUrl,
            ObservationRegistry observations) {
        // the JDK's HttpClient: HttpURLConnection cannot send the PATCH that puts a contact into a group
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().baseUrl(contactServiceUrl).requestFactory(requests)
                .observationRegistry(observations).build();
    }

    /** Creates the contact; its id. */
    String create(Map<String, Object> contact) {
        JsonNode created = call(() -> http.post().uri("/api/contacts").headers(ContactService::relayAuthorization)
                .contentType(MediaType.APPLICATION_JSON).body(contact).retrieve().body(JsonNode.class));
        return created.path("id").asString();
    }

    /** Creates the contact as identity-service itself (its own token), for a caller who has none; its id. */
    String createAsThisService(String serviceToken, Map<String, Object> contact) {
        JsonNode created = call(() -> http.post().uri("/api/contacts")
                .headers(headers -> headers.setBearerAuth(serviceToken))
                .contentType(MediaType.APPLICATION_JSON).body(contact).retrieve().body(JsonNode.class));
        return created.path("id").asString();
    }

    /** The ids of the group's contacts that are not deleted, each once. */
    List<String> membersOf(String groupId) {
        Set<String> members = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            int number = page;
            JsonNode found = call(() -> http.get().uri(uri -> uri.path("/api/contacts").queryParam("group", groupId)
                            .queryParam("page", number).queryParam("size", PAGE).build())
                    .headers(ContactService::relayAuthorization).retrieve().body(JsonNode.class));
            found.path("items").forEach(contact -> members.add(contact.path("id").asString()));
            if (members.size() > MAX_MEMBERS) {
                throw DomainRuleViolation.unprocessable("Group '" + groupId + "' has more than " + MAX_MEMBERS
                        + " contacts; invite it in parts.");
            }
            if (number + 1 >= found.path("totalPages").asInt(0)) {
                return new ArrayList<>(members);
            }
        }
    }

    /** Puts the contact into the group, unless it is in it already. */
    void joinGroup(String contactId, String groupId) {
        if (!ID.matcher(contactId).matches()) {
            throw new AggregateNotFound("contact", contactId);
        }
        JsonNode contact = call(() -> http.get().uri("/api/contacts/{id}", contactId)
                .headers(ContactService::relayAuthorization).retrieve().body(JsonNode.class));
        List<String> groups = new ArrayList<>();
        contact.path("groups").forEach(group -> groups.add(group.asString()));
        if (groups.contains(groupId)) {
            return;
        }
        groups.add(groupId);
        call(() -> http.patch().uri("/api/contacts/{id}", contactId).headers(ContactService::relayAuthorization)
                .contentType(MediaType.parseMediaType(MERGE_PATCH)).body(Map.of("groups", groups))
                .retrieve().toBodilessEntity());
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientErrorException e) {
            throw refusal(e);
        } catch (RestClientException e) {
            throw new ServiceUnavailableException("contact-service cannot be reached or failed; retry shortly.");
        }
    }

    /** contact-service's answer to what the caller asked for, as this service's own. */
    private static RuntimeException refusal(HttpClientErrorException e) {
        HttpStatusCode status = e.getStatusCode();
        String detail = detailOf(e);
        if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
            return new AccessDeniedException("contact-service refused the caller: " + detail);
        }
        if (status.isSameCodeAs(HttpStatus.CONFLICT)) {
            return DomainRuleViolation.conflict("contact-service refused: " + detail, List.of());
        }
        if (status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS) || status.isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
            return new ServiceUnavailableException("contact-service did not take the request (" + status.value()
                    + "); retry shortly.");
        }
        return DomainRuleViolation.unprocessable("contact-service refused: " + detail);
    }

    private static String detailOf(HttpClientErrorException e) {
        try {
            JsonNode problem = e.getResponseBodyAs(JsonNode.class);
            if (problem != null && problem.path("detail").isString()) {
                StringBuilder text = new StringBuilder(problem.path("detail").asString());
                problem.path("errors").forEach(error -> text.append(" ").append(error.path("field").asString())
                        .append(": ").append(error.path("message").asString()).append(";"));
                return text.toString();
            }
        } catch (RuntimeException ignored) {
            // not a problem document; the status says enough
        }
        return "status " + e.getStatusCode().value();
    }

    private static void relayAuthorization(HttpHeaders headers) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String authorization = request.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        }
    }
}
