package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Comments on a learner's writing from outside the subject's rules (a language model, when one is
 * configured and the assignment allows it). The rules decide every criterion; a coach only adds
 * wording: per criterion an observation quoting the learner's words and one next step, in English
 * and Spanish so the page shows the learner's language whichever they pick.
 *
 * <p>{@link #comments} is called while the learner waits for feedback, before the attempt is
 * judged and outside its transaction: it must return within a short deadline (about 1.5 seconds)
 * whatever the model does, with nothing when it has nothing safe. {@link #ready} is called while
 * the attempt is judged, and never waits: it gives what {@code comments} left for the same request.
 */
public interface WritingCoach {

    /** No comments ever: the rules' feedback alone. */
    WritingCoach NONE = request -> List.of();

    /** Comments on {@code request}'s text, every one of them checked; empty when there are none to show. */
    List<Comment> comments(Request request);

    /** The comments an earlier {@link #comments} call got for the same request, at once; empty when none. */
    default List<Comment> ready(Request request) {
        return List.of();
    }

    /**
     * What a coach is told: nothing that names the learner, their course or their assignment.
     *
     * @param courseId   the course whose model budget pays (never sent)
     * @param task       the kind of task, e.g. {@code thesis} or {@code introduction}
     * @param verdicts   the rules' verdict on each criterion judged, in order; the coach may not change them
     * @param text       the learner's text, one paragraph a line
     * @param previous   the previous draft of the same item, or null on a first draft
     * @param avoidNames words of the learner's own name: a comment may carry one only where the text does (never sent)
     */
    record Request(long courseId, String task, List<Judged> verdicts, String text, String previous, Set<String> avoidNames) {

        public Request {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(text, "text");
            verdicts = List.copyOf(verdicts);
            avoidNames = avoidNames == null ? Set.of() : Set.copyOf(avoidNames);
        }

        public Optional<String> previousDraft() {
            return Optional.ofNullable(previous);
        }
    }

    /** The rules' verdict on one criterion. */
    record Judged(String criterion, boolean met) {
    }

    /**
     * A coach's comment on one criterion.
     *
     * @param criterion one of the request's criteria
     * @param quote     the learner's own words, as they appear in the text
     * @param english   what the quote shows, and on a revision what changed, in English
     * @param nextStep  one focused next step, in English
     * @param spanish   the same observation in Spanish
     * @param siguiente the same next step in Spanish
     */
    record Comment(String criterion, String quote, String english, String nextStep, String spanish, String siguiente) {
    }
}
