package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Objects;

/**
 * Stories wanted for one kind of word problem. Nothing here names a person: the template, the
 * context and equations the engine made up.
 *
 * @param template the engine's template the stories stand in for (one equation shape in one context)
 * @param context  what the stories are about, e.g. {@code sports}
 * @param samples  equations to write stories for, numbers all different within each
 * @param check    the engine's reading of a draft: the story to keep, or nothing
 * @param courseId the course whose token budget pays for writing more; null: write none now
 */
public record StoryOrder(String template, String context, List<StorySample> samples, StoryCheck check, Long courseId) {

    public StoryOrder {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(check, "check");
        samples = List.copyOf(samples);
    }

    /**
     * One equation to tell as a story.
     *
     * @param equation the equation, e.g. {@code 3x + 5 = 20}
     * @param numbers  the numbers the story must use, as it must write them, e.g. {@code 2.50}
     * @param answer   the value of x, a whole positive number
     */
    public record StorySample(String equation, List<String> numbers, String answer) {

        public StorySample {
            numbers = List.copyOf(numbers);
        }
    }
}
