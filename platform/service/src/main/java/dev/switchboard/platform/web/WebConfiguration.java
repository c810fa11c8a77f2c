package dev.switchboard.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Problem responses for every controller of the service. */
@AutoConfiguration
@Import(ProblemResponses.class)
public class WebConfiguration {
}
