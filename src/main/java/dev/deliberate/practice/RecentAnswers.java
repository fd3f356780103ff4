package dev.deliberate.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.deliberate.practice.ClassActivity.RecentAttempt;

/**
 * A session's latest answers, kept on the session row as compact text ({@code practice_session.recent_answers},
 * V28) so that the teacher's "Stuck now" reads one row per student instead of the class's answers
 * of the last minutes on every view and poll. Each answer is {@code millis|verdict|skill|misconception|item};
 * answers are separated by {@code ;}, oldest first, at most {@value #KEPT}.
 */
final class RecentAnswers {

    /** Enough for every rule of the Stuck now list (a run of wrong answers is counted up to this). */
    static final int KEPT = 12;

    private RecentAnswers() {
    }

    /** {@code text} with one more answer at its end, dropping the oldest beyond {@value #KEPT}. */
    static String append(String text, Instant at, String verdict, String skillId, String misconception, long itemId) {
        List<String> answers = new ArrayList<>(text == null || text.isEmpty() ? List.of() : List.of(text.split(";")));
        answers.add(at.toEpochMilli() + "|" + verdict + "|" + skillId + "|" + (misconception == null ? "" : misconception) + "|" + itemId);
        return String.join(";", answers.subList(Math.max(0, answers.size() - KEPT), answers.size()));
    }

    /** The answers of {@code text} given at or after {@code since}, oldest first. */
    static List<RecentAttempt> read(long membershipId, String text, Instant since) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<RecentAttempt> answers = new ArrayList<>();
        for (String answer : text.split(";")) {
            String[] f = answer.split("\\|", -1);
            Instant at = Instant.ofEpochMilli(Long.parseLong(f[0]));
            if (!at.isBefore(since)) {
                answers.add(new RecentAttempt(membershipId, f[2], f[1], f[3].isEmpty() ? null : f[3], at, Long.parseLong(f[4])));
            }
        }
        return answers;
    }
}
