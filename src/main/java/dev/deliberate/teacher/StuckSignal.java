package dev.deliberate.teacher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.deliberate.practice.ClassActivity.RecentAttempt;

/**
 * Why one student looks stuck right now, from their latest answers (oldest first), or nothing:
 * <ul>
 *   <li>{@code WRONG_RUN}: the last {@value #WRONG_RUN} answers or more were wrong, all on one skill;</li>
 *   <li>{@code SAME_MISTAKE}: one misconception in {@value #SAME_MISTAKE} of the last
 *       {@value #MISTAKE_WINDOW} answers;</li>
 *   <li>{@code NO_PROGRESS}: answering in the last {@value #ACTIVE_MINUTES} minutes, but nothing
 *       right for {@value #NO_PROGRESS_MINUTES} minutes or more.</li>
 * </ul>
 * A student whose latest answer was right is moving again, and is not stuck.
 *
 * @param since when the stuck spell began (its first answer)
 * @param skillId the skill it is on
 * @param misconception for {@code SAME_MISTAKE}, the misconception; else null
 * @param count the wrong answers or the times the mistake was made
 */
record StuckSignal(Kind kind, Instant since, String skillId, String misconception, int count) {

    static final int WRONG_RUN = 3;
    static final int SAME_MISTAKE = 3;
    static final int MISTAKE_WINDOW = 6;
    static final int ACTIVE_MINUTES = 2;
    static final int NO_PROGRESS_MINUTES = 5;

    enum Kind {
        WRONG_RUN, SAME_MISTAKE, NO_PROGRESS
    }

    static Optional<StuckSignal> of(List<RecentAttempt> attempts, Instant now) {
        if (attempts.isEmpty() || attempts.get(attempts.size() - 1).correct()) {
            return Optional.empty();
        }
        return wrongRun(attempts).or(() -> sameMistake(attempts)).or(() -> noProgress(attempts, now));
    }

    private static Optional<StuckSignal> wrongRun(List<RecentAttempt> attempts) {
        String skill = attempts.get(attempts.size() - 1).skillId();
        int run = 0;
        for (int i = attempts.size() - 1; i >= 0 && !attempts.get(i).correct() && attempts.get(i).skillId().equals(skill); i--) {
            run++;
        }
        return run < WRONG_RUN ? Optional.empty()
                : Optional.of(new StuckSignal(Kind.WRONG_RUN, attempts.get(attempts.size() - run).at(), skill, null, run));
    }

    private static Optional<StuckSignal> sameMistake(List<RecentAttempt> attempts) {
        List<RecentAttempt> window = attempts.subList(Math.max(0, attempts.size() - MISTAKE_WINDOW), attempts.size());
        for (RecentAttempt candidate : window) {
            String code = candidate.misconception();
            List<RecentAttempt> same = new ArrayList<>(window.stream().filter(a -> code != null && code.equals(a.misconception())).toList());
            if (same.size() >= SAME_MISTAKE) {
                return Optional.of(new StuckSignal(Kind.SAME_MISTAKE, same.get(0).at(), same.get(same.size() - 1).skillId(), code,
                        same.size()));
            }
        }
        return Optional.empty();
    }

    private static Optional<StuckSignal> noProgress(List<RecentAttempt> attempts, Instant now) {
        RecentAttempt latest = attempts.get(attempts.size() - 1);
        if (latest.at().isBefore(now.minus(Duration.ofMinutes(ACTIVE_MINUTES)))) {
            return Optional.empty();
        }
        int first = attempts.size() - 1;
        while (first > 0 && !attempts.get(first - 1).correct()) {
            first--;
        }
        Instant since = attempts.get(first).at();
        return Duration.between(since, now).toMinutes() < NO_PROGRESS_MINUTES ? Optional.empty()
                : Optional.of(new StuckSignal(Kind.NO_PROGRESS, since, latest.skillId(), null, attempts.size() - first));
    }
}
