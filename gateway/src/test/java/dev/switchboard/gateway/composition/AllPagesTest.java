package dev.switchboard.gateway.composition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.composition.Part.Answered;
import dev.switchboard.gateway.composition.Part.Unavailable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AllPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPlainArrayIsTheWholeListInOneCall() {
        List<Integer> asked = new ArrayList<>();

        Part all = AllPages.gather(page -> {
            asked.add(page);
            return Mono.just(new Answered(JSON.readTree("[{\"id\":1},{\"id\":2}]")));
        }, 2).block();

        assertThat(asked).containsExactly(0);
        assertThat(((Answered) all).body().path("items").size()).isEqualTo(2);
    }

    @Test
    void aListLongerThanTheServicesLetBePagedIsUnavailableNotCutShort() {
        int size = 500;
        List<Integer> asked = new ArrayList<>();

        Part all = AllPages.gather(page -> {
            asked.add(page);
            return Mono.just(new Answered(fullPage(page, size)));
        }, size).block();

        assertThat(all).isInstanceOf(Unavailable.class);
        assertThat(((Unavailable) all).reason()).isEqualTo("too-many");
        assertThat(asked).hasSize(AllPages.RESULT_WINDOW / size);
    }

    @Test
    void anAnswerThatIsNoListIsUnavailableRatherThanEmpty() {
        Part all = AllPages.gather(page -> Mono.just(new Answered(JSON.readTree("{\"service\":\"achievement\"}"))), 200)
                .block();

        assertThat(all).isEqualTo(new Unavailable("unreadable", "The service's answer is not a list."));
    }

    private static JsonNode fullPage(int page, int size) {
        ObjectNode body = JSON.createObjectNode().put("page", page).put("size", size).put("totalPages", Integer.MAX_VALUE);
        IntStream.range(0, size).forEach(i -> body.withArray("items").addObject().put("n", page * size + i));
        return body;
    }
}
