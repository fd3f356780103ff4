package dev.deliberate.practice.math.item;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a problem is about. The first four are general contexts; the others are interests a
 * learner can pick, which colour their problems.
 */
public enum ProblemContext {
    FINANCE(false), PHYSICS(false), GEOMETRY(false), DAILY_LIFE(false),
    SPORTS(true), MUSIC(true), SCIENCE(true), GAMING(true), COOKING(true), ART(true);

    private final boolean interest;

    ProblemContext(boolean interest) {
        this.interest = interest;
    }

    /** Whether a learner can pick this as an interest. */
    public boolean isInterest() {
        return interest;
    }

    /** Stable identifier, e.g. {@code daily-life}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Key of the display name in the math message bundle. */
    public String messageKey() {
        return "math.context." + id();
    }

    /** The four general contexts every learner sees. */
    public static List<ProblemContext> general() {
        return Arrays.stream(values()).filter(context -> !context.interest).toList();
    }
}
