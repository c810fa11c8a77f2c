package dev.switchboard.gateway.limits;

import dev.switchboard.gateway.problem.ProblemWriter;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * The HTTP server's own refusals as problems. Its limits are Boot's {@code server.netty.max-initial-line-length} and
 * {@code server.max-http-request-header-size}; bodies are capped per route by {@link RequestBodyLimit}.
 */
@Configuration(proxyBeanMethods = false)
class HttpServerLimits {

    private static final String HANDLER = "switchboard.unreadableRequests";

    @Bean
    NettyServerCustomizer unreadableRequestsAsProblems(ProblemWriter writer) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            // only HTTP/1.1 connections have this handler: it is where each decoded request is turned into an exchange
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, HANDLER, new UnreadableRequests(writer));
            }
        });
    }
}
