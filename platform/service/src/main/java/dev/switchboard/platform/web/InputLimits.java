package dev.switchboard.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may send a service: a larger body is refused with 413 before it is read, and the JSON parser
 * stops at the other limits, so no request can run a service (256 MB heap) out of memory.
 *
 * @param maxBodySize     the largest request body
 * @param maxStringLength the longest JSON string, in characters
 * @param maxNestingDepth the deepest nesting of JSON arrays and objects
 * @param maxTokenCount   the most JSON tokens in one document
 */
@ConfigurationProperties("switchboard.web")
record InputLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("100000") int maxStringLength,
        @DefaultValue("32") int maxNestingDepth, @DefaultValue("100000") long maxTokenCount) {
}
