package dev.deliberate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.spi.StoryOrder;
import dev.deliberate.practice.spi.StoryOrder.StorySample;

/** Without a provider, no story is offered and nothing is ordered: no database, no network. */
class ModelStoriesTests {

    @Test
    void withProviderNoneNoStoryIsOfferedOrOrdered() {
        LlmProperties none = new LlmProperties(LlmProperties.Provider.NONE, "", "", "", Duration.ofSeconds(8), 1, 20_000, 3,
                Duration.ofSeconds(60), 8, Duration.ofMinutes(10));
        LanguageModel model = new LanguageModel(none, new ModelCost(null, "USD"), null, Clock.systemUTC(), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        ModelStories stories = new ModelStories(model, null, none);
        StoryOrder order = new StoryOrder("math.story.sports.laps", "sports", List.of(new StorySample("4x = 48", List.of("4", "48"),
                "12")), (sample, draft) -> Optional.empty(), 5L);

        assertThat(stories.stories(order)).isEmpty();
        assertThat(model.available()).isFalse();
        assertThat(stories.idle()).isTrue();
        stories.destroy();
    }
}
