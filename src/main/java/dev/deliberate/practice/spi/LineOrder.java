package dev.deliberate.practice.spi;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a conversation line is ordered for: one turn of a scripted dialogue. Nothing in it names
 * the learner; their last answer is passed as data only, to be answered, never obeyed.
 *
 * @param context      the dialogue's context ({@code food}, {@code travel}, …)
 * @param situation    the dialogue's title in English ({@code At the café})
 * @param scripted     the scripted line the model's line stands in for (it asks the same question)
 * @param verbs        the verbs the line may conjugate (infinitives)
 * @param tenses       the tenses it may use (ids)
 * @param learnerSaid  what the learner answered last, or empty
 * @param courseId     the course whose budget pays
 * @param within       how long the learner may wait for it
 * @param check        the engine's check: true when every claimed form of a target verb and tense is right and in the line
 */
public record LineOrder(String context, String situation, String scripted, List<String> verbs, List<String> tenses,
        String learnerSaid, long courseId, Duration within, Predicate<SpokenLine> check) {

    public LineOrder {
        verbs = List.copyOf(verbs);
        tenses = List.copyOf(tenses);
        learnerSaid = learnerSaid == null ? "" : learnerSaid;
    }
}
