package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.skill.MathSkill;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate. Only skill, difficulty and seed are required; without a context the generator
 * picks one of the interests (or, for word problems, any context); without a wording key it picks
 * a template of the context that suits the difficulty.
 */
public record ItemRequest(MathSkill skill, Difficulty difficulty, Optional<ProblemContext> context,
                          Set<ProblemContext> interests, long seed, Optional<String> wordingKey) {

    public ItemRequest {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(difficulty, "difficulty");
        interests = Set.copyOf(interests);
    }

    /** A request with no context, interests or wording chosen. */
    public static ItemRequest of(MathSkill skill, double difficulty, long seed) {
        return new ItemRequest(skill, Difficulty.of(difficulty), Optional.empty(), Set.of(), seed, Optional.empty());
    }

    /** The same request set in the given context. */
    public ItemRequest inContext(ProblemContext chosen) {
        return new ItemRequest(skill, difficulty, Optional.of(chosen), interests, seed, wordingKey);
    }

    /** The same request with the learner's interests, used when no context is set. */
    public ItemRequest withInterests(Set<ProblemContext> chosen) {
        return new ItemRequest(skill, difficulty, context, chosen, seed, wordingKey);
    }

    /** Asks for a particular template or context sentence, as listed by {@link ItemGenerator#wordingKeys}. */
    public ItemRequest withWording(String key) {
        return new ItemRequest(skill, difficulty, context, interests, seed, Optional.of(key));
    }
}
