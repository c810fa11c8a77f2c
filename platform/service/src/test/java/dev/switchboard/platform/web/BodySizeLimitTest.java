package dev.switchboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BodySizeLimitTest {

    private final BodySizeLimit limit = new BodySizeLimit(1_000, new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aBodyOfUndeclaredLengthIsCutOffOnceTheLimitIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/echo") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[5_000]);

        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, (filtered, ignored) -> filtered.getInputStream().readAllBytes());

        assertThat(response.getStatus()).as("read by a later filter, before any handler").isEqualTo(413);
        assertThat(response.getContentAsString()).contains("payload-too-large");
    }

    @Test
    void aBodyDeclaredTooLargeIsAnsweredWith413UnreadAndTheChainIsNotCalled() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/echo");
        request.setContent(new byte[1_001]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, (filtered, ignored) -> {
            throw new AssertionError("the chain must not be called");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("payload-too-large");
    }
}
