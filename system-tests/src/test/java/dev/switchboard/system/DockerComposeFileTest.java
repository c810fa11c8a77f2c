package dev.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this reads it and checks that it declares what
 * the system needs: every component with a health check, the right dependencies and ports, and services
 * without fixed host ports so that they scale.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("contact-service", "account-service", "identity-service",
            "achievement-service", "audit-service");

    private static Map<String, Map<String, Object>> components;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            components = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void everyComponentIsDeclaredWithAHealthCheck() {
        assertThat(components).containsOnlyKeys("kafka", "mongodb", "keycloak", "mail", "contact-service",
                "account-service", "identity-service", "achievement-service", "audit-service", "gateway");
        components.forEach((name, component) ->
                assertThat(component).as(name).containsKey("healthcheck"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"contact-service", "account-service", "identity-service", "achievement-service",
            "audit-service", "gateway"})
    void eachServiceIsBuiltFromItsModuleOnItsOwnPortAndWaitsForWhatItNeeds(String name) throws IOException {
        Map<String, Object> service = components.get(name);
        Map<String, Object> build = map(service.get("build"));
        assertThat(map(build.get("args"))).containsEntry("SERVICE", name);
        assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
        assertThat(ROOT.resolve(build.get("dockerfile").toString())).exists();

        Object port = map(service.get("environment")).get("SERVER_PORT");
        assertThat(port).as("SERVER_PORT of " + name).isEqualTo(portOfModule(name));
        assertThat(service).as(name + " must not pin a container name").doesNotContainKey("container_name");

        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertThat(map(dependsOn.get("keycloak"))).containsEntry("condition", "service_healthy");
        if (!name.equals("gateway")) {
            assertThat(map(dependsOn.get("kafka"))).containsEntry("condition", "service_healthy");
            assertThat(map(dependsOn.get("mongodb"))).containsEntry("condition", "service_healthy");
            assertThat(service).as(name + " has no host port, so it can be scaled").doesNotContainKey("ports");
            assertThat(map(service.get("environment")).get("SPRING_MONGODB_URI").toString())
                    .startsWith("mongodb://mongodb:27017/" + name);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayIsTheOnePublicEntryAndReachesEveryServiceByName() throws IOException {
        Map<String, Object> gateway = components.get("gateway");
        assertThat((List<Object>) gateway.get("ports")).containsExactly("8080:8080");
        Map<String, Object> dependsOn = map(gateway.get("depends_on"));
        Map<String, Object> environment = map(gateway.get("environment"));
        for (String service : SERVICES) {
            assertThat(map(dependsOn.get(service))).containsEntry("condition", "service_healthy");
            String feature = service.replace("-service", "");
            assertThat(environment).containsEntry("SWITCHBOARD_GATEWAY_SERVICES_" + feature.toUpperCase(),
                    "http://" + service + ":" + portOfModule(service));
        }
    }

    @Test
    void keycloakImportsTheSameRealmAsTheLocalStack() {
        List<?> volumes = (List<?>) components.get("keycloak").get("volumes");
        assertThat(volumes).anySatisfy(volume ->
                assertThat(volume.toString()).startsWith("./infra/keycloak/switchboard-realm.json:/opt/keycloak/data/import/"));
        assertThat(ROOT.resolve("infra/keycloak/switchboard-realm.json")).exists();
    }

    /** The root pom holds every version; the images that have a Maven counterpart must follow it. */
    @Test
    void keycloakAndMailImagesHaveTheVersionsOfTheRootPom() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(components.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + property(pom, "keycloak.version"));
        assertThat(components.get("mail").get("image")).isEqualTo("greenmail/standalone:" + property(pom, "greenmail.version"));
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(value.find()).as(name + " in the root pom").isTrue();
        return value.group(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mongoRunsAsAOneNodeReplicaSet() {
        assertThat((List<Object>) components.get("mongodb").get("command")).contains("--replSet");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Integer portOfModule(String module) throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve(module).resolve("src/main/resources/application.yml"))) {
            Map<String, Object> config = new Yaml().load(in);
            return (Integer) ((Map<String, Object>) config.get("server")).get("port");
        }
    }
}
