package dev.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this reads it and checks that it declares what
 * the system needs: a file the Compose Specification accepts, every component with a health check on its own
 * port, the right dependencies, volumes and memory limits, services without fixed host ports so that they scale,
 * and an observability profile that scrapes every service. The Dockerfile is checked alike.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("contact-service", "account-service", "identity-service",
            "achievement-service", "audit-service", "webhook-service");

    private static final List<String> SERVICES_AND_GATEWAY =
            Stream.concat(SERVICES.stream(), Stream.of("gateway")).toList();
    private static final List<String> OBSERVABILITY = List.of("prometheus", "grafana", "jaeger");
    /** Runs once and ends: it prepares Keycloak's realm import. */
    private static final String REALM_JOB = "keycloak-realm";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> components;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        compose = yaml(ROOT.resolve("docker-compose.yml"));
        components = (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** What Docker Compose itself checks before it starts anything: the file against the specification's schema. */
    @Test
    void theFileIsOneTheComposeSpecificationAccepts() throws IOException {
        assertThat(composeSchema().validate(JSON.valueToTree(compose))).isEmpty();
    }

    @Test
    void theSchemaCheckRefusesAnUnknownKeyAndAWronglyTypedValue() throws IOException {
        Map<String, Object> broken = yaml(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> brokenService = new LinkedHashMap<>(components.get("gateway"));
        brokenService.put("imagee", "switchboard/gateway");
        brokenService.put("mem_limit", List.of("512m"));
        broken.put("services", Map.of("gateway", brokenService));

        assertThat(composeSchema().validate(JSON.valueToTree(broken))).extracting(Error::getInstanceLocation)
                .map(Object::toString).containsExactlyInAnyOrder("/services/gateway", "/services/gateway/mem_limit");
    }

    /** identity-service keeps credentials through Keycloak's Admin API: it must reach Keycloak inside the network. */
    @Test
    void identityServiceReachesKeycloaksAdminApiInsideTheNetwork() {
        Map<String, Object> environment = map(components.get("identity-service").get("environment"));
        assertThat(environment).containsEntry("SWITCHBOARD_REALM_SERVERURL", "http://keycloak:8180");
        assertThat(String.valueOf(environment.get("SWITCHBOARD_REALM_CLIENTSECRET"))).isNotBlank();
        assertThat(map(components.get("identity-service").get("depends_on"))).containsKey("keycloak");
    }

    @Test
    void everyComponentIsDeclaredWithAHealthCheckAndAMemoryLimit() {
        assertThat(components).containsOnlyKeys("kafka", "mongodb", REALM_JOB, "keycloak", "mail", "contact-service",
                "account-service", "identity-service", "achievement-service", "audit-service", "webhook-service",
                "gateway", "redis",
                "prometheus", "grafana", "jaeger");
        components.forEach((name, component) -> {
            if (!name.equals(REALM_JOB)) {
                assertThat(component).as(name).containsKey("healthcheck");
                assertThat(megabytes(component.get("mem_limit"))).as("memory limit of " + name).isBetween(128, 2048);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostPortsAreOpenOnTheLoopbackOnly() {
        components.forEach((name, component) -> {
            for (Object port : (List<Object>) component.getOrDefault("ports", List.of())) {
                assertThat(port.toString()).as("host port of " + name).startsWith("127.0.0.1:");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"contact-service", "account-service", "identity-service", "achievement-service",
            "audit-service", "webhook-service", "gateway"})
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

    @ParameterizedTest
    @ValueSource(strings = {"contact-service", "account-service", "identity-service", "achievement-service",
            "audit-service", "webhook-service", "gateway"})
    void eachServiceIsHealthCheckedOnItsOwnPort(String name) {
        Map<String, Object> service = components.get(name);
        assertThat(healthCheck(name)).contains("http://localhost:$${SERVER_PORT}/actuator/health/readiness");
        assertThat(map(service.get("environment"))).containsKey("SERVER_PORT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayIsTheOnePublicEntryAndReachesEveryServiceByName() throws IOException {
        Map<String, Object> gateway = components.get("gateway");
        // it listens on every interface of its container (SERVER_ADDRESS 0.0.0.0), so the host binding must not
        assertThat((List<Object>) gateway.get("ports")).containsExactly("127.0.0.1:8080:8080");
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
        assertThat(volumes(REALM_JOB)).contains(
                "./infra/keycloak/switchboard-realm.json:/realm/switchboard-realm.json:ro", "keycloak-import:/import");
        assertThat(volumes("keycloak")).contains("keycloak-import:/opt/keycloak/data/import:ro");
        assertThat(map(map(components.get("keycloak").get("depends_on")).get(REALM_JOB)))
                .containsEntry("condition", "service_completed_successfully");
        assertThat(command(REALM_JOB)).contains("/realm/switchboard-realm.json > /import/switchboard-realm.json");
    }

    /** The realm's SMTP server is 127.0.0.1 for ./switchboard up; inside Keycloak's container that is Keycloak. */
    @Test
    void keycloakSendsItsMailsToTheMailContainer() throws IOException {
        Matcher substitution = Pattern.compile("sed -e 's/(.+?)/(.+?)/'").matcher(command(REALM_JOB));
        assertThat(substitution.find()).as("the realm job's sed expression").isTrue();
        String realm = Files.readString(ROOT.resolve("infra/keycloak/switchboard-realm.json"))
                .replaceAll(substitution.group(1), substitution.group(2));

        JsonNode smtp = JSON.readTree(realm).get("smtpServer");
        assertThat(smtp.get("host").asString()).isEqualTo("mail");
        assertThat(smtp.get("port").asString()).isEqualTo("3025");
        // GreenMail's test setup listens for SMTP on 3025
        assertThat(map(components.get("mail").get("environment")).get("GREENMAIL_OPTS").toString())
                .contains("-Dgreenmail.setup.test.smtp", "-Dgreenmail.hostname=0.0.0.0");
    }

    @Test
    void everyNamedVolumeIsDeclaredAndUsedAndEveryMountedFileExists() {
        Set<String> used = new HashSet<>();
        components.keySet().forEach(name -> volumes(name).forEach(volume -> {
            String source = volume.substring(0, volume.indexOf(':'));
            if (source.startsWith(".")) {
                assertThat(ROOT.resolve(source)).as("mounted into " + name).exists();
            } else {
                used.add(source);
            }
        }));
        assertThat(map(compose.get("volumes")).keySet()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void kafkaWritesItsLogInsideItsVolume() {
        assertThat(volumes("kafka")).contains("kafka-data:/var/lib/kafka/data");
        Map<String, Object> environment = map(components.get("kafka").get("environment"));
        assertThat(environment.get("KAFKA_LOG_DIRS").toString()).startsWith("/var/lib/kafka/data");
        assertThat(environment.get("KAFKA_LISTENERS").toString()).contains("PLAINTEXT://:9092");
        assertThat(healthCheck("kafka")).contains("--bootstrap-server localhost:9092");
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
    void mongoRunsAsAOneNodeReplicaSetAndIsHealthyOnlyAsItsPrimary() {
        assertThat((List<Object>) components.get("mongodb").get("command")).contains("--replSet");
        assertThat(healthCheck("mongodb"))
                .contains("rs.initiate(", "host: 'mongodb:27017'", "db.hello().isWritablePrimary");
    }

    @Test
    void theObservabilityToolsStartOnlyInTheirProfile() {
        components.forEach((name, component) -> {
            if (OBSERVABILITY.contains(name)) {
                assertThat(component.get("profiles")).as(name).isEqualTo(List.of("observability"));
            } else {
                assertThat(component).as(name + " runs without a profile").doesNotContainKey("profiles");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryReplicaOfEveryServiceOnItsOwnPort() throws IOException {
        assertThat(volumes("prometheus"))
                .contains("./infra/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        List<Map<String, Object>> jobs = (List<Map<String, Object>>)
                yaml(ROOT.resolve("infra/observability/prometheus.yml")).get("scrape_configs");
        Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
        for (Map<String, Object> job : jobs) {
            assertThat(job.get("metrics_path")).as(job.get("job_name").toString()).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> discovery : (List<Map<String, Object>>) job.get("dns_sd_configs")) {
                for (Object name : (List<Object>) discovery.get("names")) {
                    targets.put(name.toString(), discovery);
                }
            }
        }
        assertThat(targets).containsOnlyKeys(SERVICES_AND_GATEWAY);
        for (String service : SERVICES_AND_GATEWAY) {
            assertThat(targets.get(service)).as(service)
                    .containsEntry("type", "A").containsEntry("port", portOfModule(service));
        }
    }

    @Test
    void grafanaShowsTheOperatorsNumbersFromPrometheus() throws IOException {
        assertThat(volumes("grafana")).contains(
                "./infra/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./infra/observability/grafana/dashboards:/etc/grafana/dashboards:ro");
        Path grafana = ROOT.resolve("infra/observability/grafana");
        String datasources = Files.readString(grafana.resolve("provisioning/datasources/prometheus.yml"));
        assertThat(datasources).contains("url: http://prometheus:9090");
        assertThat(components.get("prometheus").get("ports")).isEqualTo(List.of("127.0.0.1:9090:9090"));
        String providers = Files.readString(grafana.resolve("provisioning/dashboards/switchboard.yml"));
        assertThat(providers).contains("path: /etc/grafana/dashboards");

        JsonNode dashboard = JSON.readTree(grafana.resolve("dashboards/switchboard.json").toFile());
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(panel ->
                panel.get("targets").forEach(target -> queries.add(target.get("expr").asString())));
        assertThat(String.join("\n", queries)).contains(
                "switchboard_outbox_pending", "switchboard_outbox_oldest_age_seconds",
                "kafka_consumer_fetch_manager_records_lag_max", "spring_kafka_listener_seconds",
                "switchboard_dead_letters_total", "resilience4j_circuitbreaker_state", "http_server_requests_seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contact-service", "account-service", "identity-service", "achievement-service",
            "audit-service", "webhook-service", "gateway"})
    void eachServiceSendsItsTracesToJaegerOverOtlpHttp(String name) {
        Map<String, Object> environment = map(components.get(name).get("environment"));
        assertThat(environment).containsEntry(
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://jaeger:4318/v1/traces");
        assertThat(components).containsKey("jaeger");
    }

    @Test
    void theImageBuildCopiesEveryPomButNoTestCode() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (String module : modules(ROOT, "")) {
            assertThat(dockerfile).contains("COPY " + module + "/pom.xml " + module + "/");
        }
        assertThat(dockerfile).doesNotContain("COPY . .", "platform/test-kit/src", "platform/stack/src", "src/test");
        assertThat(dockerfile).contains("RUN --mount=type=cache,target=/root/.m2", "-Dmaven.test.skip=true",
                "extract --layers --launcher", "org.springframework.boot.loader.launch.JarLauncher");
        Matcher modules = Pattern.compile("ARG MODULES=(\\S+)").matcher(dockerfile);
        assertThat(modules.find()).isTrue();
        assertThat(modules.group(1).split(",")).containsExactlyInAnyOrderElementsOf(SERVICES_AND_GATEWAY);
        for (String service : SERVICES_AND_GATEWAY) {
            assertThat(dockerfile).contains("COPY " + service + "/src " + service + "/src");
        }
    }

    /** What .dockerignore leaves out of the build context, a COPY cannot find: the build would fail. */
    @Test
    void theBuildContextHoldsEverythingTheDockerfileCopiesAndNoTests() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.replaceAll("/$", ""))
                .toList();
        assertThat(ignored).contains("**/src/test", "**/target", ".switchboard");
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$")
                .matcher(Files.readString(ROOT.resolve("Dockerfile")));
        int copies = 0;
        while (copy.find()) {
            for (String source : copy.group(1).split(" ")) {
                copies++;
                assertThat(ROOT.resolve(source)).exists();
                for (String pattern : ignored) {
                    String literal = pattern.replace("**/", "");
                    boolean excluded = pattern.startsWith("**/")
                            ? ("/" + source + "/").contains("/" + literal + "/")
                            : source.equals(pattern) || source.startsWith(pattern + "/");
                    assertThat(excluded).as(source + " is left out by " + pattern).isFalse();
                }
            }
        }
        assertThat(copies).isGreaterThan(20);
    }

    private static List<String> modules(Path root, String prefix) throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        while (module.find()) {
            String path = prefix + module.group(1);
            modules.add(path);
            modules.addAll(modules(root.resolve(module.group(1)), path + "/"));
        }
        return modules;
    }

    /** SnakeYAML, since it resolves the file's anchors and merge keys ({@code <<:}) as Compose does. */
    private static Schema composeSchema() throws IOException {
        Path schema = Path.of(System.getProperty("compose.schema",
                "target/dclint/package/schemas/compose.schema.json"));
        try (InputStream in = Files.newInputStream(schema)) {
            // its $id is relative, so it needs the file's location as base
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(SchemaLocation.of(schema.toUri().toString()), in, InputFormat.JSON);
        }
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    private static String healthCheck(String component) {
        return String.join(" ", strings(map(components.get(component).get("healthcheck")).get("test")));
    }

    private static String command(String component) {
        return String.join(" ", strings(components.get(component).get("command")));
    }

    private static List<String> volumes(String component) {
        return strings(components.get(component).getOrDefault("volumes", List.of()));
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(Object::toString).toList();
    }

    private static int megabytes(Object limit) {
        assertThat(limit).as("mem_limit").isNotNull();
        Matcher size = Pattern.compile("(\\d+)([mg])").matcher(limit.toString());
        assertThat(size.matches()).as("mem_limit " + limit).isTrue();
        return Integer.parseInt(size.group(1)) * (size.group(2).equals("g") ? 1024 : 1);
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
