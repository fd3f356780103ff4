package dev.deliberate.mastery.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the misconception window of a skill and decides when a misconception recurs.
 *
 * <p>Every attempt on the skill enters the window, with the misconception it showed or none; the
 * oldest attempt leaves once the window is full. A misconception recurs when it fills the
 * threshold within the window; that starts a focus set on the skill, unless a focus set for that
 * same misconception is still running. A different recurring misconception replaces the running
 * focus set, because the latest habit is the one to work on. Each later attempt on the skill uses
 * up one item of the set.
 *
 * <p>After the required number of clean attempts in a row, the pattern clears: the recurring
 * misconceptions and the focused one are wiped from the window (the attempts stay, marked as
 * showing none), and any focus set ends early. Misconceptions seen fewer times stay and slide out
 * of the window on their own.
 */
public final class MisconceptionTracker {

    private final MisconceptionRules rules;

    public MisconceptionTracker(MisconceptionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The new window, and whether this attempt started a focus set for its misconception. */
    public record Update(MisconceptionWindow window, boolean focusStarted) {
    }

    /**
     * Records one attempt on the skill.
     *
     * @param code the misconception the attempt showed, or {@link MisconceptionWindow#NONE}
     * @param clean whether the attempt was correct, unassisted and showed no misconception
     */
    public Update record(MisconceptionWindow window, String code, boolean clean) {
        if (clean && !MisconceptionWindow.NONE.equals(code)) {
            throw new IllegalArgumentException("an attempt showing " + code + " is not clean");
        }
        List<String> recent = slide(window.recent(), code);
        int streak = clean ? window.cleanStreak() + 1 : 0;
        int remaining = Math.max(0, window.focusRemaining() - 1);
        MisconceptionWindow next = new MisconceptionWindow(recent, streak, window.focusCode(), remaining);
        if (startsFocus(next, code)) {
            return new Update(new MisconceptionWindow(recent, streak, code, rules.focusSetSize()), true);
        }
        return new Update(streak >= rules.cleanAttemptsToClear() ? clear(next) : next, false);
    }

    /**
     * A habit seen across skills: when {@code code} showed in at least the threshold of the
     * learner's latest problems ({@code showing} of the last {@code looked}, at most the window,
     * whatever their skills), the window of the skill in hand starts a focus set for it, unless
     * one for it is running already. Empty when nothing starts.
     */
    public Optional<MisconceptionWindow> habit(MisconceptionWindow window, String code, int showing, int looked) {
        if (looked > rules.window() || showing > looked) {
            throw new IllegalArgumentException("need showing <= looked <= window but got " + showing + " of " + looked);
        }
        boolean alreadyFocused = code.equals(window.focusCode()) && window.isFocusing();
        if (MisconceptionWindow.NONE.equals(code) || showing < rules.threshold() || alreadyFocused) {
            return Optional.empty();
        }
        return Optional.of(new MisconceptionWindow(window.recent(), window.cleanStreak(), code, rules.focusSetSize()));
    }

    /** How many of the learner's latest problems a habit across skills is looked for in. */
    public int habitWindow() {
        return rules.window();
    }

    /** The misconceptions that fill the threshold in this window, most frequent first. */
    public List<String> recurringCodes(MisconceptionWindow window) {
        return new LinkedHashSet<>(window.recent()).stream()
                .filter(code -> window.count(code) >= rules.threshold())
                .sorted(Comparator.comparingInt(window::count).reversed())
                .toList();
    }

    private List<String> slide(List<String> recent, String code) {
        List<String> slid = new ArrayList<>(recent);
        slid.add(Objects.requireNonNull(code, "code"));
        return slid.subList(Math.max(0, slid.size() - rules.window()), slid.size());
    }

    private boolean startsFocus(MisconceptionWindow window, String code) {
        boolean recurs = window.count(code) >= rules.threshold();
        boolean alreadyFocused = code.equals(window.focusCode()) && window.isFocusing();
        return recurs && !alreadyFocused;
    }

    private MisconceptionWindow clear(MisconceptionWindow window) {
        List<String> cleared = new ArrayList<>(recurringCodes(window));
        cleared.add(window.focusCode());
        List<String> recent = window.recent().stream()
                .map(code -> cleared.contains(code) ? MisconceptionWindow.NONE : code)
                .toList();
        return new MisconceptionWindow(recent, window.cleanStreak(), MisconceptionWindow.NONE, 0);
    }
}
