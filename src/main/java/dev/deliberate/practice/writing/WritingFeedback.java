package dev.deliberate.practice.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.Note;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;

/**
 * The rules' findings turned into the learner's feedback: a note per criterion quoting their
 * words, a summary (or, on a revision, what improved and what remains), and one focused next step.
 * A task is done when every criterion it practises is met; language slips are named and counted
 * on the language skill without holding the task back.
 */
final class WritingFeedback {

    private WritingFeedback() {
    }

    static Checked of(Task task, List<Finding> findings, List<Finding> previous, boolean sameText, List<Note> extra) {
        // a language task practises language correctness itself; every other task its own criteria
        List<Finding> practised = findings.stream().filter(f -> task.criteria().isEmpty() ? f.criterion().equals("language")
                : task.criteria().contains(f.criterion())).toList();
        boolean done = practised.stream().allMatch(Finding::met);
        Finding next = findings.stream().filter(f -> !f.met()).findFirst().orElse(null);
        List<Note> notes = new ArrayList<>(findings.stream().map(f -> new Note(f.criterion(), f.met(), f.comment(), Note.Source.RULES)).toList());
        notes.addAll(extra);
        Text said = previous == null ? summary(done, practised) : revision(findings, previous, sameText);
        Text explanation = next == null ? said : Text.of("writing.with-next", said, next.next());
        return new Checked(done ? Verdict.CORRECT : Verdict.MISTAKE, 1, true, null, explanation,
                next == null ? null : Text.of("writing.next", next.next()), List.of(), notes);
    }

    private static Text summary(boolean done, List<Finding> practised) {
        if (done) {
            return Text.of("writing.summary.done");
        }
        return Text.of("writing.summary.missed", names(practised.stream().filter(f -> !f.met()).map(Finding::criterion).toList()));
    }

    /** What the revision improved and what remains, compared criterion by criterion with the previous draft. */
    static Text revision(List<Finding> now, List<Finding> before, boolean sameText) {
        if (sameText) {
            return Text.of("writing.revision.same");
        }
        Map<String, Finding> was = before.stream().collect(Collectors.toMap(Finding::criterion, Function.identity(), (a, b) -> a));
        List<String> improved = now.stream().filter(f -> f.met() && was.containsKey(f.criterion()) && !was.get(f.criterion()).met())
                .map(Finding::criterion).toList();
        List<String> remaining = now.stream().filter(f -> !f.met()).map(Finding::criterion).toList();
        List<String> slipped = now.stream().filter(f -> !f.met() && was.containsKey(f.criterion()) && was.get(f.criterion()).met())
                .map(Finding::criterion).toList();
        Text better = improved.isEmpty() ? Text.of("writing.revision.nothing-new") : Text.of("writing.revision.improved", names(improved));
        Text left = remaining.isEmpty() ? Text.of("writing.revision.all-met")
                : Text.of(slipped.isEmpty() ? "writing.revision.remaining" : "writing.revision.slipped", names(remaining), names(slipped));
        return Text.of("writing.revision", better, left);
    }

    /** Skill names as a list in words: "thesis", "thesis and hook", "thesis, hook and roadmap". */
    static Text names(List<String> criteria) {
        List<Object> named = criteria.stream().map(c -> (Object) Text.of("writing.skill.lower." + c)).toList();
        if (named.isEmpty()) {
            return Text.of("writing.list.0");
        }
        int n = Math.min(named.size(), 4);
        return new Text("writing.list." + n, named.subList(0, n));
    }
}
