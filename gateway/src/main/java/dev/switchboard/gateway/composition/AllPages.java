package dev.switchboard.gateway.composition;

import dev.switchboard.gateway.composition.Part.Answered;
import dev.switchboard.gateway.composition.Part.Unavailable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Every page of a list, read one after the other until a page says it is the last, as one part: a page that could not
 * be read makes the whole list so, never a shorter list. Lists newest first only grow at the front while being read,
 * which can show an item on two pages but never skip one; such repeats are dropped. A service that answers a plain
 * array has answered the whole list at once.
 */
final class AllPages {

    /** How far the services let a list be paged (the platform's result window). */
    static final int RESULT_WINDOW = 100_000;

    private AllPages() {
    }

    static Mono<Part> gather(IntFunction<Mono<Part>> page, int size) {
        return read(page, 0)
                .expand(read -> {
                    if (!read.hasNext(size)) {
                        return Mono.empty();
                    }
                    int next = read.number() + 1;
                    if ((long) (next + 1) * size > RESULT_WINDOW) {
                        return Mono.just(new Read(next, new Unavailable("too-many", "The list is longer than the "
                                + RESULT_WINDOW + " items a service lets be paged through.")));
                    }
                    return read(page, next);
                })
                .collectList()
                .map(AllPages::combine);
    }

    private static Mono<Read> read(IntFunction<Mono<Part>> page, int number) {
        return page.apply(number).map(part -> new Read(number, part));
    }

    private static Part combine(List<Read> reads) {
        Set<JsonNode> items = new LinkedHashSet<>();
        for (Read read : reads) {
            if (!(read.part() instanceof Answered(JsonNode body))) {
                return read.part();
            }
            JsonNode list = body.isArray() ? body : body.path("items");
            if (!list.isArray()) {
                return new Unavailable("unreadable", "The service's answer is not a list.");
            }
            list.valueStream().forEach(items::add);
        }
        return new Answered(Lists.items(new ArrayList<>(items)));
    }

    private record Read(int number, Part part) {

        /** A full page, or one that says more follow; an empty page, a short one or a plain array is the end. */
        boolean hasNext(int requested) {
            if (!(part instanceof Answered(JsonNode body)) || !body.isObject()) {
                return false;
            }
            int items = body.path("items").size();
            return items > 0 && (number + 1 < body.path("totalPages").asInt(0) || items >= body.path("size").asInt(requested));
        }
    }
}
