package dev.switchboard.platform.web;

import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Problem responses for every controller of the service, and merge patches for those that edit. */
@AutoConfiguration
@Import(ProblemResponses.class)
public class WebConfiguration {

    @Bean
    MergePatches mergePatches(JsonMapper mapper, Validator validator) {
        return new MergePatches(mapper, validator);
    }
}
