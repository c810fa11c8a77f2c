package dev.switchboard.platform.testkit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of a service's own OpenAPI document and sends it malformed, boundary and hostile values:
 * wrong types, huge sizes, unicode oddities, MongoDB operators in values and in parameter names, integer overflows,
 * unknown fields, duplicate keys, deep nesting and path traversal in ids. It asserts that no answer is a 5xx, that
 * every 4xx is an RFC 9457 problem with a {@code type} and names no Java class, that a refused request changed
 * nothing in the service's MongoDB, and that values no service may accept (control characters in text, a number
 * for a text field, a date in year 999999999, a duplicate key...) are refused. Deterministic for a seed, and
 * bounded: at most {@link Builder#maxRequestsPerOperation} requests per operation besides those that must be refused.
 */
public final class OpenApiFuzz {

    /** Bookkeeping that changes on its own (ledgers, outbox markers), left out of the before/after comparison. */
    private static final List<String> BOOKKEEPING = List.of("outbox_sent", "outbox_pending", "processed_events");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|dev\\.switchboard|org\\.springframework|tools\\.jackson|com\\.fasterxml|org\\.bson)\\.[a-zA-Z]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String HUGE_TEXT = "x".repeat(100_000);

    /** Hostile values for a parameter, as the text a client would send. */
    private static final List<String> PARAMETER_VALUES = List.of("", " ", "-1", "0", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "1e400", "NaN", "true", "null", "{\"$gt\":\"\"}", "$where",
            "../accounts", "..%2F..%2Faccounts", "a\u0000b", "\u001b[31m", "\u202eabc", "\u200b", "\u00a0",
            "e\u0301", "\ud83d\ude00", "\ud800", "*", "%", "\\", "'\"", "<script>", "x".repeat(5_000), "lastName,sideways",
            ",", "a,b,c");

    /** Hostile JSON values for one field of an otherwise valid body. */
    private static final List<String> FIELD_VALUES = List.of("123", "-1", "0", "2147483648", "-2147483649",
            "9223372036854775808", "1e400", "1.5", "true", "\"true\"", "\"123\"", "null", "[]", "{}",
            "{\"$gt\":\"\"}", "[{\"$ne\":null}]", "\"\"", "\" \"", "\"\\u00a0\"", "\"\\u200b\"", "\"a\\u0000b\"",
            "\"\\u001b[31mred\"", "\"abc\\u202edcba\"", "\"\\ud800\"", "\"e\\u0301\"", "\"" + HUGE_TEXT + "\"",
            "\"+999999999-01-01\"", "\"0000-01-01\"", "\"9999-99-99\"", "\"../accounts\"", "\"$where\"",
            "\"<script>alert(1)</script>\"", "\"Ada\\nLovelace\\t\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    /** What no text field may accept: a number or a boolean, control and format characters. */
    private static final List<String> NEVER_TEXT = List.of("123", "-1", "0", "1.5", "true", "\"a\\u0000b\"",
            "\"\\u001b[31mred\"", "\"abc\\u202edcba\"", "\"\\u200b\"", "\"\\ud800\"", "{\"$gt\":\"\"}",
            "[{\"$ne\":null}]");
    /** What no date field may accept. */
    private static final List<String> NEVER_DATE = List.of("\"+999999999-01-01\"", "\"0000-01-01\"",
            "\"9999-99-99\"", "123", "true");

    private final MockMvc mvc;
    private final MongoTemplate mongo;
    private final Builder settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    private OpenApiFuzz(MockMvc mvc, MongoTemplate mongo, Builder settings) {
        this.mvc = mvc;
        this.mongo = mongo;
        this.settings = settings;
    }

    public static Builder against(MockMvc mvc, MongoTemplate mongo) {
        return new Builder(mvc, mongo);
    }

    /** What a run found: the number of requests it sent and each broken promise, one line each. */
    public record Result(int requests, int operations, List<String> failures) {

        /** Prints how many requests went out (README gives the count) and fails naming every failure found. */
        public Result assertNoFailures(String service) {
            System.out.printf("%s input fuzz: %d requests over %d operations%n", service, requests, operations);
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.size() + " failure(s):\n" + String.join("\n", failures));
            }
            return this;
        }
    }

    private Result run() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<Operation> operations = operations(document);
        for (Operation operation : operations) {
            fuzz(operation, document);
        }
        for (String path : List.of("/error", "/api/no-such-thing", "/api/", "/", "/actuator/no-such-thing")) {
            send(new Operation(HttpMethod.GET, path, json.createObjectNode(), json.createArrayNode()), null,
                    new Case("(a path no operation has)", Map.of(), Map.of(), List.of(), null, false));
        }
        if (settings.port > 0) {
            probeTheContainer();
        }
        return new Result(requests, operations.size(), List.copyOf(failures));
    }

    /** Requests the servlet container refuses before any servlet runs, sent over a socket as a client would. */
    private void probeTheContainer() throws Exception {
        Map<String, String> requestLines = new LinkedHashMap<>();
        requestLines.put("brackets in a query", "GET /api/x?q[$gt]=&identityType[$ne]=x HTTP/1.1");
        requestLines.put("braces and quotes in a query", "GET /api/x?q={\"$gt\":\"\"} HTTP/1.1");
        requestLines.put("a control character in the target", "GET /api/x?q=\u0001 HTTP/1.1");
        requestLines.put("an encoded slash in the path", "GET /api/x/..%2F..%2Fy HTTP/1.1");
        requestLines.put("an encoded NUL in the path", "GET /api/x%00y HTTP/1.1");
        requestLines.put("a broken percent-encoding", "GET /api/x?q=%zz HTTP/1.1");
        requestLines.put("a 20 KB target", "GET /api/x?q=" + "a".repeat(20_000) + " HTTP/1.1");
        requestLines.put("an unknown method", "BREW /api/x HTTP/1.1");
        for (Map.Entry<String, String> probe : requestLines.entrySet()) {
            requests++;
            String response = raw(probe.getValue() + "\r\nHost: localhost\r\nAuthorization: " + settings.authorization
                    + "\r\nConnection: close\r\n\r\n");
            String what = "container: " + probe.getKey() + " -> " + response.lines().findFirst().orElse("(no answer)");
            int status = response.length() >= 12 ? Integer.parseInt(response.substring(9, 12)) : 0;
            String head = response.split("\r\n\r\n", 2)[0].toLowerCase();
            if (status >= 500 || status == 0) {
                fail(what, response);
            } else if (status >= 400 && !head.contains("content-type: application/problem+json")) {
                fail(what + " is not a problem", response);
            }
        }
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", settings.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                    operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
                            method.getValue(), path.getValue().path("parameters")));
                }
            }
        }
        // destructive operations last, so the others still meet the resources they are given
        operations.sort(Comparator.comparingInt(Operation::destructiveness).thenComparing(Operation::key));
        return operations;
    }

    private void fuzz(Operation operation, JsonNode document) throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, String> basePath = new LinkedHashMap<>();
        Map<String, String> baseQuery = new LinkedHashMap<>();
        List<JsonNode> parameters = operation.parameters();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            String base = baseValue(name, resolve(parameter.path("schema"), document));
            if (in.equals("path")) {
                basePath.put(name, base);
            } else if (in.equals("query") && (parameter.path("required").asBoolean() || settings.parameters.containsKey(name))) {
                baseQuery.put(name, base);
            }
        }
        Body body = body(operation, document);
        cases.add(new Case("as documented", basePath, baseQuery, List.of(), body == null ? null : new BodyCase("", body.valid(), false), false));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            for (String value : PARAMETER_VALUES) {
                if (in.equals("path")) {
                    Map<String, String> path = new LinkedHashMap<>(basePath);
                    path.put(name, value);
                    cases.add(new Case(name + "=" + printable(value), path, baseQuery, List.of(),
                            body == null ? null : new BodyCase("", body.valid(), false), false));
                } else if (in.equals("query")) {
                    Map<String, String> query = new LinkedHashMap<>(baseQuery);
                    query.put(name, value);
                    cases.add(new Case(name + "=" + printable(value), basePath, query, List.of(), null, false));
                }
            }
            if (in.equals("query")) {
                for (String operator : List.of("[$ne]", "[$gt]", "[$regex]", ".$where", "[]", "[0]")) {
                    cases.add(new Case(name + operator, basePath, baseQuery, List.of(Map.entry(name + operator, "x")),
                            null, true));
                }
            }
        }
        cases.add(new Case("a parameter named $where", basePath, baseQuery, List.of(Map.entry("$where", "1")), null, true));
        if (body != null) {
            for (BodyCase bodyCase : body.hostile()) {
                cases.add(new Case(bodyCase.label(), basePath, baseQuery, List.of(), bodyCase, false));
            }
        }
        if (cases.size() > settings.maxRequestsPerOperation) {
            cases = sample(cases, new Random(settings.seed ^ operation.key().hashCode()));
        }
        for (Case c : cases) {
            send(operation, body == null ? null : body.mediaType(), c);
        }
    }

    /** The documented case and every case that must be refused first, then a seeded sample of the others. */
    private List<Case> sample(List<Case> cases, Random random) {
        List<Case> kept = new ArrayList<>(cases.subList(0, 1));
        List<Case> others = new ArrayList<>();
        for (Case c : cases.subList(1, cases.size())) {
            (c.mustBeRefused() || (c.body() != null && c.body().mustBeRefused()) ? kept : others).add(c);
        }
        java.util.Collections.shuffle(others, random);
        kept.addAll(others.subList(0, Math.max(0, Math.min(others.size(), settings.maxRequestsPerOperation - kept.size()))));
        return kept;
    }

    private void send(Operation operation, String mediaType, Case c) throws Exception {
        String path = operation.path();
        for (Map.Entry<String, String> value : c.path().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", UriUtils.encodePathSegment(value.getValue(), StandardCharsets.UTF_8));
        }
        MockHttpServletRequestBuilder builder = request(operation.method(), URI.create(path))
                .header("Authorization", settings.authorization);
        c.query().forEach(builder::param);
        c.extraParameters().forEach(parameter -> builder.param(parameter.getKey(), parameter.getValue()));
        if (c.body() != null) {
            builder.contentType(mediaType).content(c.body().text().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, List<String>> before = operation.method() == HttpMethod.GET ? null : snapshot();
        requests++;
        MvcResult result = mvc.perform(builder).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String what = operation.key() + " " + c.label() + " -> " + status;
        String content = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            fail(what, content);
            return;
        }
        if (status >= 400) {
            String type = response.getContentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                fail(what + " is not a problem (" + type + ")", content);
            } else if (!json.readTree(content).path("type").isString()) {
                fail(what + " is a problem without a type", content);
            } else if (JAVA_NAME.matcher(content).find()) {
                fail(what + " names a Java class", content);
            }
            Map<String, List<String>> after = before == null ? null : snapshot();
            if (before != null && !before.equals(after)) {
                fail(what + " was refused but changed what is stored (" + changedCollections(before, after) + ")", "");
            }
        } else {
            if (c.mustBeRefused() || (c.body() != null && c.body().mustBeRefused())) {
                fail(what + " was accepted; it must be refused", content);
            }
            if (c.query().containsKey("page") && c.query().get("page").matches("\\d{6,}") && content.startsWith("{")
                    && json.readTree(content).path("items").size() > 0) {
                fail(what + " answered items for a page far beyond the last (a wrapped offset)", "");
            }
        }
    }

    private void fail(String what, String content) {
        failures.add(what + (content.isEmpty() ? "" : ": " + printable(content.length() > 300 ? content.substring(0, 300) : content)));
    }

    private static String changedCollections(Map<String, List<String>> before, Map<String, List<String>> after) {
        return Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .collect(Collectors.joining(", "));
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> collections = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (BOOKKEEPING.contains(name)) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            for (Document document : mongo.getCollection(name).find()) {
                document.remove("outbox");
                documents.add(document.toJson());
            }
            documents.sort(null);
            collections.put(name, documents);
        }
        return collections;
    }

    private String baseValue(String name, JsonNode schema) {
        Supplier<String> configured = settings.parameters.get(name);
        if (configured != null) {
            return configured.get();
        }
        return exampleOf(schema, name).asString("x");
    }

    private Body body(Operation operation, JsonNode document) {
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        String mediaType = content.propertyNames().iterator().next();
        JsonNode schema = resolve(content.path(mediaType).path("schema"), document);
        Supplier<String> configured = settings.bodies.get(operation.key());
        JsonNode valid = configured != null ? json.readTree(configured.get()) : exampleOf(schema, "", document);
        return new Body(mediaType, valid);
    }

    private JsonNode exampleOf(JsonNode schema, String name) {
        return exampleOf(schema, name, null);
    }

    private JsonNode exampleOf(JsonNode schema, String name, JsonNode document) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "integer", "number" -> json.getNodeFactory().numberNode(schema.path("minimum").asInt(1));
            case "boolean" -> json.getNodeFactory().booleanNode(false);
            case "array" -> json.createArrayNode();
            case "string" -> json.getNodeFactory().stringNode(
                    "date".equals(schema.path("format").asString()) ? "2000-01-01" : "x");
            default -> {
                ObjectNode object = json.createObjectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    Supplier<String> configured = settings.parameters.get(property.getKey());
                    object.set(property.getKey(), configured != null
                            ? json.getNodeFactory().stringNode(configured.get())
                            : exampleOf(document == null ? property.getValue() : resolve(property.getValue(), document),
                                    property.getKey(), document));
                }
                yield object;
            }
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/")) {
            return document.at(ref.substring(1));
        }
        return schema;
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(120).forEach(c -> {
            if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT || (c >= 0xd800 && c <= 0xdfff)
                    || c == 0xa0) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.length() > 120 ? out + "…(" + text.length() + " chars)" : out.toString();
    }

    private record Operation(HttpMethod method, String path, JsonNode node, JsonNode pathParameters) {

        String key() {
            return method.name() + " " + path;
        }

        List<JsonNode> parameters() {
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            pathParameters.forEach(parameter -> byName.put(parameter.path("name").asString(), parameter));
            node.path("parameters").forEach(parameter -> byName.put(parameter.path("name").asString(), parameter));
            return List.copyOf(byName.values());
        }

        int destructiveness() {
            if (method == HttpMethod.DELETE || path.contains("purge") || path.contains("delete")) {
                return 2;
            }
            return method == HttpMethod.GET ? 0 : 1;
        }
    }

    private record Case(String label, Map<String, String> path, Map<String, String> query,
            List<Map.Entry<String, String>> extraParameters, BodyCase body, boolean mustBeRefused) {
    }

    private record BodyCase(String label, String text, boolean mustBeRefused) {
    }

    private final class Body {

        private final String mediaType;
        private final JsonNode valid;

        Body(String mediaType, JsonNode valid) {
            this.mediaType = mediaType;
            this.valid = valid;
        }

        String mediaType() {
            return mediaType;
        }

        String valid() {
            return json.writeValueAsString(valid);
        }

        List<BodyCase> hostile() {
            List<BodyCase> cases = new ArrayList<>();
            String nested = "[".repeat(10_000) + "]".repeat(10_000);
            String nestedObjects = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
            Map<String, String> shapes = new LinkedHashMap<>();
            shapes.put("empty body", "");
            shapes.put("not JSON", "firstName=Ada");
            shapes.put("truncated JSON", "{\"a\":");
            shapes.put("trailing garbage", "{}}");
            shapes.put("a JSON array", "[]");
            shapes.put("a JSON string", "\"x\"");
            shapes.put("a JSON number", "1e400");
            shapes.put("JSON null", "null");
            shapes.put("a Mongo operator document", "{\"$where\":\"sleep(1000)\",\"$set\":{\"a\":1}}");
            shapes.put("an array nested 10000 deep", nested);
            shapes.put("an object nested 5000 deep", nestedObjects);
            shapes.put("a lone surrogate", "{\"a\":\"\\udc00\"}");
            shapes.put("a 2 MB string", "{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
            shapes.put("100000 keys", manyKeys());
            for (Map.Entry<String, String> shape : shapes.entrySet()) {
                cases.add(new BodyCase("body: " + shape.getKey(), shape.getValue(),
                        !shape.getValue().equals("{}") && valid.isObject()));
            }
            if (!(valid instanceof ObjectNode example)) {
                return cases;
            }
            cases.add(new BodyCase("body: an unknown field", with(example, "$unknownField", "1"), true));
            cases.add(new BodyCase("body: a field named like an operator", with(example, "$set", "{\"id\":\"x\"}"), true));
            for (String field : example.propertyNames()) {
                JsonNode good = example.get(field);
                cases.add(new BodyCase("body: duplicate key " + field,
                        with(example, field, json.writeValueAsString(good)) + "", true));
                for (String value : FIELD_VALUES) {
                    boolean text = good.isString() && !ISO_DATE.matcher(good.asString()).matches();
                    boolean date = good.isString() && ISO_DATE.matcher(good.asString()).matches();
                    boolean refuse = (text && NEVER_TEXT.contains(value)) || (date && NEVER_DATE.contains(value));
                    cases.add(new BodyCase("body: " + field + "=" + printable(value), replace(example, field, value), refuse));
                }
            }
            return cases;
        }

        /** The example with {@code field} set to the raw JSON {@code value}; a field it has becomes a duplicate key. */
        private String with(ObjectNode example, String field, String value) {
            String text = json.writeValueAsString(example);
            String prefix = text.equals("{}") ? "{" : text.substring(0, text.length() - 1) + ",";
            return prefix + json.writeValueAsString(field) + ":" + value + "}";
        }

        private String replace(ObjectNode example, String field, String value) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<String, JsonNode> property : example.properties()) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(json.writeValueAsString(property.getKey())).append(':')
                        .append(property.getKey().equals(field) ? value : json.writeValueAsString(property.getValue()));
            }
            return out.append('}').toString();
        }

        private static String manyKeys() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < 100_000; i++) {
                out.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
            }
            return out.append('}').toString();
        }
    }

    /** What to fuzz with: who asks, valid bodies and parameter values, and how much. */
    public static final class Builder {

        private final MockMvc mvc;
        private final MongoTemplate mongo;
        private String authorization = "";
        private long seed = 12;
        private int maxRequestsPerOperation = 150;
        private int port;
        private final Map<String, Supplier<String>> bodies = new HashMap<>();
        private final Map<String, Supplier<String>> parameters = new HashMap<>();

        private Builder(MockMvc mvc, MongoTemplate mongo) {
            this.mvc = mvc;
            this.mongo = mongo;
        }

        /** The Authorization header of every request (an admin's or super-user's, so roles refuse nothing). */
        public Builder authorization(String header) {
            this.authorization = header;
            return this;
        }

        /** Sends every request with a token holding every role, so no refusal is merely a missing role. */
        public Builder asSuperUser() {
            return authorization(TestTokens.bearer(TestTokens.user("root", "super-user", "admin", "editor", "viewer")));
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The port the service's servlet container listens on, to probe what it refuses itself. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder maxRequestsPerOperation(int max) {
            this.maxRequestsPerOperation = max;
            return this;
        }

        /**
         * A valid body for an operation ({@code "POST /api/contacts"}), mutated one field at a time; operations
         * without one get an example built from their schema.
         */
        public Builder validBody(String operation, Supplier<String> body) {
            bodies.put(operation, body);
            return this;
        }

        /** The valid value of a path or query parameter, or of a body field of that name (an existing id, say). */
        public Builder parameter(String name, Supplier<String> value) {
            parameters.put(name, value);
            return this;
        }

        public Result run() throws Exception {
            return new OpenApiFuzz(mvc, mongo, this).run();
        }
    }
}
