package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.item.WrittenStories;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.StoryDraft;
import dev.deliberate.practice.spi.StoryOrder;
import dev.deliberate.practice.spi.StoryWriter;
import dev.deliberate.practice.spi.WrittenStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Word problems told with written stories: only when the assignment allows it, exactly the same when shown again. */
class MathSubjectStoriesTests {

    /** A writer whose stories are one careful story per template, accepted through the engine's own check. */
    private static final class OneStoryEach implements StoryWriter {

        final List<StoryOrder> orders = new ArrayList<>();
        final Map<String, WrittenStory> byId = new ConcurrentHashMap<>();

        @Override
        public List<WrittenStory> stories(StoryOrder order) {
            orders.add(order);
            StoryOrder.StorySample sample = order.samples().get(0);
            String numbers = String.join(" and ", sample.numbers());
            StoryDraft draft = new StoryDraft(sample.equation(), "the unknown",
                    "[NAME] is thinking of a count; the numbers " + numbers + " describe it. What is the count?",
                    "[NAME] piensa en una cantidad; los números " + numbers + " la describen. ¿Cuál es la cantidad?");
            Optional<WrittenStory> story = order.check().accept(sample, draft);
            story.ifPresent(kept -> byId.put(kept.id(), kept));
            return story.stream().toList();
        }

        @Override
        public Optional<WrittenStory> story(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    private final OneStoryEach writer = new OneStoryEach();
    private final MathSubject subject = new MathSubject(writer);

    private NextItemSpec request(Long course, List<Served> history) {
        return new NextItemSpec(MathSkill.WORD_PROBLEMS.id(), 2, Set.of(), history, 4242, Set.of(), Set.of("Robin", "Quill"), course);
    }

    @Test
    void whenTheAssignmentAllowsAModelAWordProblemIsToldWithAWrittenStory() {
        PreparedItem item = subject.next(request(7L, List.of()));

        assertThat(item.statement().code()).isEqualTo(WrittenStories.MESSAGE);
        assertThat(item.spec().wording()).contains("#");
        assertThat(item.key()).endsWith(item.spec().wording());
        assertThat(writer.orders).singleElement().satisfies(order -> assertThat(order.courseId()).isEqualTo(7L));
    }

    @Test
    void withoutTheAssignmentsSwitchNoWriterIsAsked() {
        PreparedItem item = subject.next(request(null, List.of()));

        assertThat(item.statement().code()).startsWith("math.story.").isNotEqualTo(WrittenStories.MESSAGE);
        assertThat(writer.orders).isEmpty();
    }

    @Test
    void aToldItemIsTheSameWhenShownAgainAndItsAnswerIsTheTemplates() {
        PreparedItem item = subject.next(request(7L, List.of()));
        PreparedItem again = subject.regenerate(item.spec());

        assertThat(again).isEqualTo(item);
        PreparedItem template = new MathSubject().regenerate(item.spec());
        assertThat(template.answer()).isEqualTo(item.answer());
        assertThat(template.statement().code()).isEqualTo(WrittenStories.template(item.spec().wording()));
    }

    @Test
    void aStoryTheLearnerHadIsNotToldAgain() {
        PreparedItem first = subject.next(request(7L, List.of()));
        List<Served> history = List.of(new Served(first.key(), first.spec().context()));
        for (int i = 0; i < 5; i++) {
            PreparedItem next = subject.next(request(7L, history));
            assertThat(next.spec().wording()).isNotEqualTo(first.spec().wording());
            history = new ArrayList<>(history);
            history.add(new Served(next.key(), next.spec().context()));
        }
    }

    @Test
    void aStoryNamingTheLearnerIsNotUsed() {
        MathSubject naming = new MathSubject(new StoryWriter() {
            @Override
            public List<WrittenStory> stories(StoryOrder order) {
                StoryOrder.StorySample sample = order.samples().get(0);
                String numbers = String.join(" and ", sample.numbers());
                return order.check().accept(sample, new StoryDraft(sample.equation(), "the count",
                        "Robin and [NAME] count to " + numbers + " together. What is the count?",
                        "Robin y [NAME] cuentan hasta " + numbers + " juntos. ¿Cuál es la cantidad?")).stream().toList();
            }

            @Override
            public Optional<WrittenStory> story(String id) {
                return Optional.empty();
            }
        });
        assertThat(naming.next(request(7L, List.of())).statement().code()).isNotEqualTo(WrittenStories.MESSAGE);
    }
}
