package dev.deliberate.practice;

import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

import dev.deliberate.mastery.CardProgress;
import dev.deliberate.practice.PracticeView.Memory;

/**
 * A learner's memory cards in words a fourteen-year-old reads at a glance (bundle
 * {@code messages/spacing}): what is due, how many forms come automatically, and whether right
 * answers come faster this week than before.
 */
final class MemoryLines {

    /** The decimal separator of each locale asked for (shown on every answer; a formatter per call costs more than the page's other lines). */
    private static final Map<Locale, Character> SEPARATORS = new ConcurrentHashMap<>();

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

    /** Seconds with one decimal, as the learner's language writes them (4.2 or 4,2), rounded half up. */
    static String seconds(Duration time, Locale locale) {
        long tenths = Math.round(time.toMillis() / 100.0);
        Character separator = SEPARATORS.get(locale);
        if (separator == null) {
            separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            if (SEPARATORS.size() < 64) {  // locales come from LMS claims: a bounded cache
                SEPARATORS.put(locale, separator);
            }
        }
        return (tenths / 10) + String.valueOf(separator) + (tenths % 10);
    }
}
