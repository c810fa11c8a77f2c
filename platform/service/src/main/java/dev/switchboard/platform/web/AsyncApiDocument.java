package dev.switchboard.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI document of the events this service publishes, as YAML. It lives in the service's contract module
 * as {@code asyncapi/<application name>.yaml}; consumers have other producers' documents on their class path too,
 * so the name picks the service's own.
 */
@RestController
@Hidden
class AsyncApiDocument {

    static final String PATH = "/asyncapi/asyncapi.yaml";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Resource document;

    AsyncApiDocument(@Value("${spring.application.name}") String applicationName) {
        this.document = new ClassPathResource("asyncapi/" + applicationName + ".yaml");
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> asyncApi() {
        if (!document.exists()) {
            throw new NotFoundException("AsyncAPI document", PATH);
        }
        return ResponseEntity.ok().contentType(YAML).body(document);
    }
}
