package dev.switchboard.platform.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A specification's own JSON schema, fetched at build time and packaged in this jar under {@code specs/} (see the
 * test kit's pom), that every document written to that specification must satisfy.
 */
enum SpecificationSchema {

    OPENAPI_3_0("specs/openapi/v3.0/schema.json", Dialects.getDraft4()),
    OPENAPI_3_1("specs/openapi/v3.1/schema.json", Dialects.getDraft202012()),
    /** Its schema says {@code example} beside draft 7's keywords; known here, it is not logged as unknown. */
    ASYNCAPI_3_0("specs/asyncapi/3.0.0-without-$id.json",
            Dialect.builder(Dialects.getDraft7()).keyword(new NonValidationKeyword("example")).build());

    /** Read once per test JVM: each is a few hundred kilobytes, and every service's contract test asks again. */
    private static final Map<SpecificationSchema, Schema> LOADED = new ConcurrentHashMap<>();

    private final String resource;
    private final Dialect dialect;

    SpecificationSchema(String resource, Dialect dialect) {
        this.resource = resource;
        this.dialect = dialect;
    }

    /**
     * What the document breaks of the specification, each with where; empty when it is valid. Besides the schema, every
     * reference inside the document must point to something there, which no JSON schema can say but both
     * specifications require.
     */
    List<String> violationsOf(String document, InputFormat format) {
        ObjectMapper mapper = format == InputFormat.YAML ? YAMLMapper.builder().build() : JsonMapper.builder().build();
        JsonNode root = mapper.readTree(document);
        List<String> violations = new ArrayList<>(LOADED.computeIfAbsent(this, SpecificationSchema::load).validate(root)
                .stream().map(Error::toString).toList());
        unresolvedReferences(root, root, "", violations);
        return violations;
    }

    private static void unresolvedReferences(JsonNode root, JsonNode node, String where, List<String> violations) {
        JsonNode ref = node.path("$ref");
        if (ref.isString() && ref.asString().startsWith("#") && root.at(ref.asString().substring(1)).isMissingNode()) {
            violations.add(where + ": $ref " + ref.asString() + " points to nothing in the document");
        }
        if (node.isObject()) {
            node.properties().forEach(property -> unresolvedReferences(root, property.getValue(),
                    where + "/" + property.getKey().replace("~", "~0").replace("/", "~1"), violations));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unresolvedReferences(root, node.get(i), where + "/" + i, violations);
            }
        }
    }

    private Schema load() {
        try (InputStream in = Objects.requireNonNull(SpecificationSchema.class.getClassLoader().getResourceAsStream(resource),
                resource + " is not on the class path: the test kit's build fetches it (generate-resources)")) {
            JsonNode schema = JsonMapper.builder().build().readTree(in);
            if (this == OPENAPI_3_1) {
                checkSchemaObjects((ObjectNode) schema);
            }
            return SchemaRegistry.withDefaultDialect(dialect).getSchema(SchemaLocation.of("classpath:" + resource), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenAPI 3.1's schema takes any object as a Schema Object; its schema-base variant checks them against the OAS
     * dialect, which is not published beside it. This does what schema-base does with JSON Schema 2020-12 itself (the
     * dialect's own keywords, such as discriminator, stay unchecked).
     */
    private static void checkSchemaObjects(ObjectNode schema) {
        ObjectNode schemaObject = ((ObjectNode) schema.required("$defs")).putObject("schema");
        schemaObject.put("$dynamicAnchor", "meta");
        schemaObject.put("$ref", "https://json-schema.org/draft/2020-12/schema");
    }
}
