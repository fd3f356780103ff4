package dev.deliberate.practice;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.deliberate.practice.spi.Checked;

/**
 * One learner's practice on one assignment: counters, what is on screen, and where in the
 * block-and-reflect rhythm the learner is. Changed through the loop's verbs, then written back
 * with the version it was read at.
 */
final class PracticeSession {

    private final long id;
    private final long membershipId;
    private final long contextId;
    private final long linkId;
    private final String subject;
    private final long learnerSeed;
    private final long version;
    private SessionStatus status;
    private int itemsDone;
    private int attempts;
    private int streak;
    private int bestStreak;
    private int blockDone;
    private int reflections;
    private boolean finalReflectionDue;
    private Set<String> interests;
    private boolean interestsChosen;
    private Long currentItemId;
    private Instant completedAt;
    private long answeredMs;
    private Instant answeredAt;
    private String recentAnswers;
    /** The teacher's focus for the learner, read at most once per loaded session (one request); null until read. */
    private Optional<PracticeFocus.Given> focus;

    PracticeSession(long id, long membershipId, long contextId, long linkId, String subject, long learnerSeed, long version,
            SessionStatus status, int[] counters, boolean finalReflectionDue, Set<String> interests, boolean interestsChosen,
            Long currentItemId, Instant completedAt, String recentAnswers) {
        this.id = id;
        this.membershipId = membershipId;
        this.contextId = contextId;
        this.linkId = linkId;
        this.subject = subject;
        this.learnerSeed = learnerSeed;
        this.version = version;
        this.status = status;
        this.itemsDone = counters[0];
        this.attempts = counters[1];
        this.streak = counters[2];
        this.bestStreak = counters[3];
        this.blockDone = counters[4];
        this.reflections = counters[5];
        this.finalReflectionDue = finalReflectionDue;
        this.interests = Set.copyOf(interests);
        this.interestsChosen = interestsChosen;
        this.currentItemId = currentItemId;
        this.completedAt = completedAt;
        this.recentAnswers = recentAnswers == null ? "" : recentAnswers;
    }

    void chooseInterests(Set<String> chosen) {
        interests = Set.copyOf(chosen);
        interestsChosen = true;
    }

    /**
     * An answer given at {@code at} after {@code elapsedMillis} (null if the page did not say): it
     * counts towards time on task, at most {@link ClassActivity#MAX_COUNTED_MS}, when the session is
     * next written. It joins the session's {@link RecentAnswers}, which the teacher's Stuck now list reads.
     */
    void countAttempt(Integer elapsedMillis, Instant at, PracticeItem item, Checked checked) {
        countAttempt(elapsedMillis, at);
        recentAnswers = RecentAnswers.append(recentAnswers, at, checked.verdict().name(), item.spec().skillId(), checked.misconception(),
                item.id());
    }

    /** An answer counted for time on task only. */
    void countAttempt(Integer elapsedMillis, Instant at) {
        attempts++;
        answeredMs += Math.min(elapsedMillis == null ? 0 : elapsedMillis, ClassActivity.MAX_COUNTED_MS);
        answeredAt = at;
    }

    /** The latest answers as {@link RecentAnswers} text. */
    String recentAnswers() {
        return recentAnswers;
    }

    /** Time on task of the answers counted since the session was read or last written. */
    long answeredMs() {
        return answeredMs;
    }

    /** The latest answer counted since the session was read or last written, or null. */
    Instant answeredAt() {
        return answeredAt;
    }

    void answersWritten() {
        answeredMs = 0;
        answeredAt = null;
    }

    void serve(long itemId) {
        currentItemId = itemId;
    }

    /** An item is finished: solved cleanly on the first try keeps the streak going. */
    void finishItem(boolean cleanFirstTry) {
        itemsDone++;
        blockDone++;
        streak = cleanFirstTry ? streak + 1 : 0;
        bestStreak = Math.max(bestStreak, streak);
        currentItemId = null;
    }

    void breakStreak() {
        streak = 0;
    }

    /** No new item until the learner reflects; {@code last} for the reflection that completes the assignment. */
    void askForReflection(boolean last) {
        status = SessionStatus.REFLECTING;
        finalReflectionDue = last;
    }

    /** The reflection was written: a new block starts, and the assignment completes if it was the last one. */
    void reflected(Instant now) {
        reflections++;
        blockDone = 0;
        if (finalReflectionDue) {
            completedAt = now;
            status = SessionStatus.COMPLETE;
            finalReflectionDue = false;
        }
        else {
            status = completed() ? SessionStatus.COMPLETE : SessionStatus.PRACTISING;
        }
    }

    /** Completion without a final reflection, for assignments that ask for none. */
    void complete(Instant now) {
        completedAt = now;
        status = SessionStatus.COMPLETE;
    }

    boolean completed() {
        return completedAt != null;
    }

    boolean reflecting() {
        return status == SessionStatus.REFLECTING;
    }

    /** Interests chosen, no reflection due, nothing on screen: opening the session serves its next item. */
    boolean waitsForItem() {
        return interestsChosen && !reflecting() && currentItemId == null;
    }

    long id() {
        return id;
    }

    long membershipId() {
        return membershipId;
    }

    long contextId() {
        return contextId;
    }

    long linkId() {
        return linkId;
    }

    String subject() {
        return subject;
    }

    long learnerSeed() {
        return learnerSeed;
    }

    long version() {
        return version;
    }

    SessionStatus status() {
        return status;
    }

    int itemsDone() {
        return itemsDone;
    }

    int attempts() {
        return attempts;
    }

    int streak() {
        return streak;
    }

    int bestStreak() {
        return bestStreak;
    }

    int blockDone() {
        return blockDone;
    }

    int reflections() {
        return reflections;
    }

    boolean finalReflectionDue() {
        return finalReflectionDue;
    }

    Set<String> interests() {
        return interests;
    }

    boolean interestsChosen() {
        return interestsChosen;
    }

    Long currentItemId() {
        return currentItemId;
    }

    Instant completedAt() {
        return completedAt;
    }

    /** The teacher's focus for the learner: read by {@code read} the first time it is asked for while this session is loaded. */
    Optional<PracticeFocus.Given> focus(Supplier<Optional<PracticeFocus.Given>> read) {
        if (focus == null) {
            focus = read.get();
        }
        return focus;
    }
}
