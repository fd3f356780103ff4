package dev.deliberate.practice;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.deliberate.mastery.CardProgress;
import dev.deliberate.practice.PracticeView.Memory;

/**
 * A learner's memory cards in words a fourteen-year-old reads at a glance (bundle
 * {@code messages/spacing}): what is due, how many forms come automatically, and whether right
 * answers come faster this week than before.
 */
final class MemoryLines {

    private MemoryLines() {
    }

    /** The lines for {@code progress}; null when the subject schedules no cards. */
    static Memory of(CardProgress progress, MessageSource messages, Locale locale) {
        if (progress == null) {
            return null;
        }
        String due = progress.due() == 0 ? messages.getMessage("spacing.student.due.none", null, locale)
                : messages.getMessage("spacing.student.due", new Object[] { progress.due() }, locale);
        String automatic = progress.cards() == 0 ? messages.getMessage("spacing.student.automatic.none", null, locale)
                : messages.getMessage("spacing.student.automatic", new Object[] { progress.automatic(), progress.cards() }, locale);
        return new Memory(progress.due(), due, automatic, speed(progress, messages, locale));
    }

    private static String speed(CardProgress progress, MessageSource messages, Locale locale) {
        Duration now = progress.medianThisWeek();
        Duration before = progress.medianBefore();
        if (now == null && before == null) {
            return null;
        }
        if (now == null) {
            return messages.getMessage("spacing.student.speed.before", new Object[] { seconds(before, locale) }, locale);
        }
        if (before == null) {
            return messages.getMessage("spacing.student.speed.week", new Object[] { seconds(now, locale) }, locale);
        }
        String trend = progress.faster() ? "faster" : now.equals(before) ? "same" : "slower";
        return messages.getMessage("spacing.student.speed." + trend, new Object[] { seconds(now, locale), seconds(before, locale) }, locale);
    }

    /** Seconds with one decimal, as the learner's language writes them (4.2 or 4,2). */
    static String seconds(Duration time, Locale locale) {
        return String.format(locale, "%.1f", time.toMillis() / 1000.0);
    }
}
