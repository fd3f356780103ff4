package dev.deliberate.practice.language.verb;

import java.util.Objects;

/**
 * Who does the action in a sentence: a person, whether the doer is feminine (past participles
 * agree with it in some languages), and how the sentence names them.
 *
 * @param person   the grammatical person
 * @param feminine whether the doer is feminine (for a group: all of them)
 * @param words    the words naming the doer, e.g. {@code je}, {@code Léa}, {@code mes cousines}
 * @param pronoun  whether those words are a subject pronoun, which the learner then writes with the verb
 */
public record Doer(Person person, boolean feminine, String words, boolean pronoun) {

    public Doer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(words, "words");
    }
}
