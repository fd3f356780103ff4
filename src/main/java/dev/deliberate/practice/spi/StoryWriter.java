package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Optional;

/**
 * Word-problem stories written outside the engine (by a language model, when one is configured
 * and the assignment allows it). The engine decides what a story may say: it orders stories for
 * equations it made, accepts a draft only when the numbers read back from it give the same
 * equation ({@link StoryCheck}), and fills in the numbers and the character itself.
 *
 * <p>Neither method may wait on a network: what is not written yet is ordered in the background,
 * and the engine uses its own templates meanwhile.
 */
public interface StoryWriter {

    /** No stories ever: every word problem uses the engine's own templates. */
    StoryWriter NONE = new StoryWriter() {
        @Override
        public List<WrittenStory> stories(StoryOrder order) {
            return List.of();
        }

        @Override
        public Optional<WrittenStory> story(String id) {
            return Optional.empty();
        }
    };

    /**
     * The stories accepted so far for the order's template, at once; when there are few and the
     * order names a course, more are ordered in the background for later items.
     */
    List<WrittenStory> stories(StoryOrder order);

    /** A story accepted earlier, by its id: how a served item is shown again exactly. */
    Optional<WrittenStory> story(String id);
}
