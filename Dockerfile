# syntax=docker/dockerfile:1
# One recipe for every service. The build stage compiles all six services once (it does not depend on SERVICE,
# so BuildKit runs it once for the six images docker compose builds); each image then copies its own service's
# layers, picked by the build argument SERVICE.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
ARG MODULES=account-service,contact-service,identity-service,achievement-service,audit-service,webhook-service,gateway

# Poms first, so that dependencies are resolved again only when a pom changes. Every module's pom is needed:
# the parents list them all.
COPY pom.xml ./
COPY platform/pom.xml platform/
COPY platform/events/pom.xml platform/events/
COPY platform/service/pom.xml platform/service/
COPY platform/contact-view/pom.xml platform/contact-view/
COPY platform/test-kit/pom.xml platform/test-kit/
COPY platform/stack/pom.xml platform/stack/
COPY platform/stack-test-kit/pom.xml platform/stack-test-kit/
COPY contracts/pom.xml contracts/
COPY contracts/contact-events/pom.xml contracts/contact-events/
COPY contracts/account-events/pom.xml contracts/account-events/
COPY contracts/identity-events/pom.xml contracts/identity-events/
COPY contracts/achievement-events/pom.xml contracts/achievement-events/
COPY contracts/webhook-events/pom.xml contracts/webhook-events/
COPY account-service/pom.xml account-service/
COPY contact-service/pom.xml contact-service/
COPY identity-service/pom.xml identity-service/
COPY achievement-service/pom.xml achievement-service/
COPY audit-service/pom.xml audit-service/
COPY webhook-service/pom.xml webhook-service/
COPY gateway/pom.xml gateway/
COPY system-tests/pom.xml system-tests/
COPY benchmarks/pom.xml benchmarks/

# Images hold no tests, so test-scoped dependencies are dropped from the poms: Maven would resolve them even with
# -Dmaven.test.skip, and through the test kit they bring Testcontainers and the test libraries.
# Without them, -am reaches only platform/events, platform/service and the contracts a service reads.
RUN find . -name pom.xml -exec sh -c 'awk '"'"'
      /<dependency>/ { block = $0; open = 1 }
      open && !/<dependency>/ { block = block "\n" $0 }
      open && /<\/dependency>/ { open = 0; if (block !~ /<scope>test<\/scope>/) print block; next }
      !open { print }
    '"'"' "$1" > "$1.main" && mv "$1.main" "$1"' sh {} \;

RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${MODULES}" -am -Dmaven.test.skip=true dependency:go-offline -DexcludeReactor=true

COPY platform/events/src platform/events/src
COPY platform/service/src platform/service/src
COPY platform/contact-view/src platform/contact-view/src
COPY contracts/contact-events/src contracts/contact-events/src
COPY contracts/account-events/src contracts/account-events/src
COPY contracts/identity-events/src contracts/identity-events/src
COPY contracts/achievement-events/src contracts/achievement-events/src
COPY contracts/webhook-events/src contracts/webhook-events/src
COPY account-service/src account-service/src
COPY contact-service/src contact-service/src
COPY identity-service/src identity-service/src
COPY achievement-service/src achievement-service/src
COPY audit-service/src audit-service/src
COPY webhook-service/src webhook-service/src
COPY gateway/src gateway/src

# Layered: dependencies change seldom, so an image rebuilt after a code change shares all but its last layer.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${MODULES}" -am -Dmaven.test.skip=true package \
 && for module in $(echo "${MODULES}" | tr , ' '); do \
      java -Djarmode=tools -jar "${module}/target/${module}-"*-exec.jar extract --layers --launcher \
        --destination "/layers/${module}"; \
    done

FROM eclipse-temurin:21-jre AS service
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /layers/${SERVICE}/dependencies/ ./
COPY --from=build /layers/${SERVICE}/spring-boot-loader/ ./
COPY --from=build /layers/${SERVICE}/snapshot-dependencies/ ./
COPY --from=build /layers/${SERVICE}/application/ ./
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
