package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's response as its callers rely on it, kept as an example in {@code contracts/} of this kit: the
 * provider's test holds its real response to it, and its consumers' stubs answer nothing it does not have, so
 * neither side can rename, drop or retype a field unseen. Values are examples; names and JSON types are the contract.
 */
public final class JsonContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What account-service answers to GET /api/accounts/{id}, as contact-service reads it. */
    public static final JsonContract ACCOUNT = of("contracts/account.json");

    private final String name;
    private final Map<String, String> fields;

    private JsonContract(String name, Map<String, String> fields) {
        this.name = name;
        this.fields = fields;
    }

    public static JsonContract of(String resource) {
        try (InputStream in = JsonContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract " + resource);
            }
            return new JsonContract(resource, typesOf(JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example, for stubs to start from. */
    public String example() {
        try (InputStream in = JsonContract.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The provider's real response has every field of the contract with its JSON type, and no other; fields left
     * out because they are null (the platform writes no nulls) may be named in {@code absentAsNull}.
     */
    public void assertProvidedBy(String response, String... absentAsNull) {
        Map<String, String> actual = typesOf(JSON.readTree(response));
        assertThat(actual).as("fields of the response, against " + name).containsAllEntriesOf(withoutAbsent(actual));
        assertThat(fields.keySet()).as("fields the response has that " + name + " does not")
                .containsAll(actual.keySet());
        Set<String> missing = new TreeSet<>(fields.keySet());
        missing.removeAll(actual.keySet());
        missing.removeIf(path -> Set.of(absentAsNull).stream().anyMatch(absent -> path.equals(absent)
                || path.startsWith(absent + ".") || path.startsWith(absent + "[]")));
        assertThat(missing).as("fields of " + name + " the response lacks").isEmpty();
    }

    /** A consumer's stub answers only fields of the contract (any subset), each with its JSON type. */
    public void assertStubbedBy(String stubbed) {
        Map<String, String> actual = typesOf(JSON.readTree(stubbed));
        actual.forEach((path, type) -> {
            assertThat(fields).as("a field of " + name + " stubbed by " + stubbed).containsKey(path);
            if (!type.equals("NULL")) {
                assertThat(type).as("JSON type of " + path + " in " + stubbed + ", against " + name)
                        .isEqualTo(fields.get(path));
            }
        });
    }

    private Map<String, String> withoutAbsent(Map<String, String> actual) {
        Map<String, String> expected = new TreeMap<>(fields);
        expected.keySet().retainAll(actual.keySet());
        return expected;
    }

    /** Every field path ({@code a.b}, {@code items[].c}) with its JSON type; an array by its first element. */
    private static Map<String, String> typesOf(JsonNode node) {
        Map<String, String> types = new TreeMap<>();
        collect("", node, types);
        return types;
    }

    private static void collect(String path, JsonNode node, Map<String, String> types) {
        if (!path.isEmpty()) {
            types.put(path, node.getNodeType().name());
        }
        if (node.isObject()) {
            node.properties().forEach(entry -> collect(join(path, entry.getKey()), entry.getValue(), types));
        } else if (node.isArray() && !node.isEmpty()) {
            collect(path + "[]", node.get(0), types);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
