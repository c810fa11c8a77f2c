package dev.switchboard.platform.openapi;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service's OpenAPI document presents it: a title and a description for people, and where a browser reaches
 * the realm that issues its tokens (Swagger UI's Authorize button logs in there).
 */
@ConfigurationProperties("switchboard.api")
record ApiProperties(String title, String description, URI issuerUri) {
}
