package dev.switchboard.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI document of the events this service publishes, as YAML: served from the static folder it would be
 * {@code application/octet-stream}, since neither the container nor Spring knows the extension.
 */
@RestController
@Hidden
class AsyncApiDocument {

    static final String PATH = "/asyncapi/asyncapi.yaml";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Resource document = new ClassPathResource("static" + PATH);

    @GetMapping(PATH)
    ResponseEntity<Resource> asyncApi() {
        if (!document.exists()) {
            throw new NotFoundException("AsyncAPI document", PATH);
        }
        return ResponseEntity.ok().contentType(YAML).body(document);
    }
}
