package dev.deliberate.practice.spi;

import java.util.Optional;

/** The engine's reading of a draft story for a sample equation. */
@FunctionalInterface
public interface StoryCheck {

    /**
     * The draft as a story to keep (its numbers and character turned into placeholders the engine
     * fills), or empty when the draft does not tell exactly the sample's equation.
     */
    Optional<WrittenStory> accept(StoryOrder.StorySample sample, StoryDraft draft);
}
