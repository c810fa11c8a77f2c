package dev.switchboard.platform.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/** Names the {@code Idempotency-Key} header on every POST of the service's OpenAPI document. */
class IdempotencyKeyDocumentation implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequestMapping mapping =
                AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        if (mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
            operation.addParametersItem(new HeaderParameter().name(IdempotentRequests.HEADER).required(false)
                    .description("Makes a retry safe: a retry with the same key and body gets the first response "
                            + "again instead of running twice; the same key with another body is a 422, a retry while "
                            + "the first still runs a 409. Keys are the caller's own and kept for a day unless "
                            + "configured otherwise.")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotentRequests.MAX_KEY_LENGTH)));
        }
        return operation;
    }
}
