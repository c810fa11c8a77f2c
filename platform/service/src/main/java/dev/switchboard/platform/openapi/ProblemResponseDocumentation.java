package dev.switchboard.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds the problem responses any operation may answer (RFC 9457, {@code application/problem+json}) to every operation
 * of the document, beside those its controller declares itself, which stay as they are.
 */
class ProblemResponseDocumentation implements GlobalOpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Answered by every operation whatever its path and body. */
    private static final Map<String, String> ALWAYS = Map.ofEntries(
            Map.entry("400", "The request is malformed or has invalid fields or parameters; `errors` names each."),
            Map.entry("401", "No token, an expired one, or one not issued for this API."),
            Map.entry("403", "The token's roles do not allow this request."),
            Map.entry("409", "The request contradicts the resource's current state (`reasons` says how), it was changed by "
                    + "someone else meanwhile, or a request with the same Idempotency-Key still runs."),
            Map.entry("422", "The request is well formed but breaks a rule, or reuses an Idempotency-Key for another request."),
            Map.entry("429", "Too many requests; retry after the time the Retry-After header names."),
            Map.entry("503", "The service or one it depends on is not available right now; retry shortly."));
    private static final String NOT_FOUND = "Nothing is at this path.";
    private static final String TOO_LARGE = "The request body is larger than the service accepts.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> document(path, operation)));
    }

    private static void document(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(new ApiResponses());
        }
        Map<String, String> problems = new TreeMap<>(ALWAYS);
        if (path.contains("{")) {
            problems.put("404", NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", TOO_LARGE);
        }
        problems.forEach((status, description) -> operation.getResponses().computeIfAbsent(status,
                declared -> new ApiResponse().description(description).content(new Content()
                        .addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(SCHEMA))))));
    }

    /** RFC 9457's members, and the extension members Switchboard's problems carry. */
    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("The field or parameter, as the request names it."));
        fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it."));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem. `type` is stable per kind of error; a client branches on it, never "
                + "on `title` or `detail`.");
        problem.addProperty("type", new StringSchema().format("uri")
                .description("Identifies the kind of problem, e.g. https://switchboard.dev/problems/validation."));
        problem.addProperty("title", new StringSchema().description("A short summary of the kind of problem."));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status code."));
        problem.addProperty("detail", new StringSchema().description("What went wrong with this request."));
        problem.addProperty("instance", new StringSchema().format("uri-reference")
                .description("The path of the request that failed."));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem)
                .description("Each invalid field or parameter (400)."));
        problem.addProperty("reasons", new ArraySchema().items(new StringSchema())
                .description("Why the request conflicts with the resource's state (409)."));
        problem.addProperty("service", new StringSchema()
                .description("The service that is not available (503 from the gateway)."));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }
}
