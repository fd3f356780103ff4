package dev.deliberate.teacher;

import java.time.Duration;
import java.util.List;

import dev.deliberate.practice.PracticeHistory;

/** The student's items as the drill-down's timeline shows them, every text in the teacher's language. */
final class TimelineEntries {

    private TimelineEntries() {
    }

    static List<Entry> of(PracticeHistory.Timeline timeline, ClassTexts texts) {
        return timeline.items().stream().map(item -> entry(item, texts)).toList();
    }

    private static Entry entry(PracticeHistory.Item item, ClassTexts texts) {
        String outcome = texts.text("teacher.timeline.outcome." + (item.outcome() == null ? "OPEN" : item.outcome()));
        Duration open = item.finishedAt() == null ? Duration.ZERO : Duration.between(item.servedAt(), item.finishedAt());
        String took = open.toSeconds() < 1 ? null : texts.text("teacher.timeline.took", minutes(open));
        String help = item.hints() == 0 ? null : texts.text("teacher.timeline.hints", item.hints(), item.rungs());
        List<Answer> answers = item.answers().stream().map(a -> new Answer(a.answer(), a.work(), a.verdict().toLowerCase(java.util.Locale.ROOT),
                texts.text("teacher.timeline.verdict." + a.verdict()), a.line() == null || a.atFinalAnswer() ? null : a.line(),
                a.feedback() != null ? a.feedback() : a.misconception() == null ? texts.text("teacher.timeline.feedbackGone")
                        : texts.text("teacher.timeline.feedbackGoneNamed", texts.misconception(a.misconception())),
                texts.when(a.at()), a.timeTaken() == null ? null : minutes(a.timeTaken()))).toList();
        return new Entry(item.seq(), item.skill(), item.problem(), help, item.exampleShown(), item.outcome() == null ? "open"
                : item.outcome().toLowerCase(java.util.Locale.ROOT), outcome, texts.when(item.servedAt()), took, answers);
    }

    /** "45 s", "3 min 10 s". */
    private static String minutes(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    /**
     * One item.
     *
     * @param help    hints used ("2 of 3 hints"), or null
     * @param outcome a key for styling (solved, solved_with_help, moved_on, open); {@code outcomeText} says it
     */
    record Entry(int seq, String skill, String problem, String help, boolean example, String outcome, String outcomeText, String when,
            String took, List<Answer> answers) {
    }

    /** One answer: what was written and the feedback the student read. */
    record Answer(String answer, List<String> work, String verdict, String verdictText, Integer line, String feedback, String when,
            String took) {
    }
}
