package dev.switchboard.platform.testkit;

import com.networknt.schema.InputFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document must be valid against the specification's own schema (3.0 or 3.1, as it declares), and
 * must say for people and for Swagger UI: a real title, version and description;
 * the realm's login and a bearer scheme, required globally; and on every operation a summary, an operation id, a
 * tag named for a feature, 201 where a POST creates, and the problem responses it may answer.
 */
public final class OpenApiContract {

    /** Every operation may answer these, whatever its path and body. */
    static final Set<String> PROBLEMS = Set.of("400", "401", "403", "409", "422", "429", "503");
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^/]+}");

    private final JsonNode document;
    private final List<String> failures = new ArrayList<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** Fails naming everything the document (as served at /v3/api-docs) breaks or misses, not only the first. */
    public static void check(String json) {
        OpenApiContract contract = new OpenApiContract(JsonMapper.builder().build().readTree(json));
        contract.checkSpecification(json);
        contract.checkInfo();
        contract.checkSecurity();
        contract.checkOperations();
        if (!contract.failures.isEmpty()) {
            throw new AssertionError("The OpenAPI document is invalid or incomplete:\n  "
                    + String.join("\n  ", contract.failures));
        }
    }

    private void checkSpecification(String json) {
        String version = document.path("openapi").asString("");
        SpecificationSchema schema = version.startsWith("3.0.") ? SpecificationSchema.OPENAPI_3_0
                : version.startsWith("3.1.") ? SpecificationSchema.OPENAPI_3_1 : null;
        if (schema == null) {
            failures.add("openapi '" + version + "' is neither 3.0.x nor 3.1.x");
            return;
        }
        schema.violationsOf(json, InputFormat.JSON)
                .forEach(violation -> failures.add("not valid OpenAPI " + version + ": " + violation));
    }

    private void checkInfo() {
        JsonNode info = document.path("info");
        String title = info.path("title").asString("");
        if (title.isBlank() || title.equals("OpenAPI definition")) {
            failures.add("info.title is springdoc's default or missing: '" + title + "'");
        }
        String version = info.path("version").asString("");
        if (version.isBlank() || version.equals("v0")) {
            failures.add("info.version is springdoc's default or missing: '" + version + "'");
        }
        if (info.path("description").asString("").isBlank()) {
            failures.add("info.description is missing");
        }
    }

    private void checkSecurity() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        boolean realmLogin = false;
        boolean bearer = false;
        for (Map.Entry<String, JsonNode> scheme : schemes.properties()) {
            JsonNode code = scheme.getValue().path("flows").path("authorizationCode");
            realmLogin |= scheme.getValue().path("type").asString("").equals("oauth2")
                    && !code.path("authorizationUrl").asString("").isBlank()
                    && !code.path("tokenUrl").asString("").isBlank();
            bearer |= scheme.getValue().path("type").asString("").equals("http")
                    && scheme.getValue().path("scheme").asString("").equalsIgnoreCase("bearer");
        }
        if (!realmLogin) {
            failures.add("no oauth2 security scheme with an authorization code flow (Swagger UI's Authorize)");
        }
        if (!bearer) {
            failures.add("no http bearer security scheme");
        }
        if (document.path("security").isEmpty()) {
            failures.add("no global security requirement");
        }
        for (JsonNode requirement : document.path("security")) {
            requirement.propertyNames().stream().filter(name -> !schemes.has(name))
                    .forEach(name -> failures.add("the global security requirement names no scheme: " + name));
        }
    }

    private void checkOperations() {
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    String name = method.getKey().toUpperCase() + " " + path.getKey();
                    checkOperation(name, path.getKey(), method.getKey(), method.getValue());
                    String operationId = method.getValue().path("operationId").asString("");
                    if (!operationId.isEmpty() && !operationIds.add(operationId)) {
                        failures.add(name + ": operationId " + operationId + " is not unique");
                    }
                }
            }
        }
    }

    private void checkOperation(String name, String path, String method, JsonNode operation) {
        if (operation.path("summary").asString("").isBlank()) {
            failures.add(name + ": no summary");
        }
        String operationId = operation.path("operationId").asString("");
        if (!OPERATION_ID.matcher(operationId).matches()) {
            failures.add(name + ": operationId '" + operationId + "' is not lowerCamelCase (springdoc appends _1 to a "
                    + "duplicate)");
        }
        if (operation.path("tags").isEmpty()) {
            failures.add(name + ": no tag");
        }
        for (JsonNode tag : operation.path("tags")) {
            if (tag.asString("").endsWith("-controller")) {
                failures.add(name + ": tag '" + tag.asString() + "' is a class name, not a feature");
            }
        }
        JsonNode responses = operation.path("responses");
        // 202: a job accepted (a bulk operation), whose progress is the member
        if (method.equals("post") && creates(path) && !responses.has("201") && !responses.has("202")) {
            failures.add(name + ": creates a member of " + path + " but declares no 201 (or 202 for a job)");
        }
        Set<String> problems = new TreeSet<>(PROBLEMS);
        if (PATH_VARIABLE.matcher(path).find()) {
            problems.add("404");
        }
        if (operation.has("requestBody")) {
            problems.add("413");
        }
        for (String status : problems) {
            if (!responses.path(status).path("content").has(PROBLEM_JSON)) {
                failures.add(name + ": no " + status + " " + PROBLEM_JSON + " response");
            }
        }
    }

    /** A POST to a collection whose members are read at {@code <collection>/{id}} creates one. */
    private boolean creates(String collection) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String member = path.getKey();
            if (member.startsWith(collection + "/{") && member.indexOf('/', collection.length() + 1) < 0
                    && path.getValue().has("get")) {
                return true;
            }
        }
        return false;
    }
}
