package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.deliberate.mastery.RetentionPoint;

/** The teacher's retention table and sparkline from weekly points: weeks before any review are blank, not 0%. */
class RetentionOverTimeTests {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void weeksBeforeTheFirstReviewAreBlankAndTheLineJoinsTheOthers() {
        List<RetentionPoint> points = List.of(point(3, 0, 0), point(2, 4, 0.5), point(1, 6, 0.75), point(0, 6, 1.0));

        RetentionOverTime english = RetentionOverTime.of(points, texts(Locale.ENGLISH));
        RetentionOverTime spanish = RetentionOverTime.of(points, texts(Locale.forLanguageTag("es")));

        assertThat(english.rows()).extracting(RetentionOverTime.Row::when).containsExactly("3 weeks ago", "2 weeks ago", "1 week ago", "Now");
        assertThat(english.rows()).extracting(RetentionOverTime.Row::percent).containsExactly(null, 50, 75, 100);
        assertThat(english.summary()).isEqualTo("50% → 75% → 100%");
        assertThat(english.points()).as("three points, x across the box, y from the top").isEqualTo("53.3,16.0 106.7,8.0 160.0,0.0");
        assertThat(english.any()).isTrue();
        assertThat(spanish.rows().get(0).when()).isEqualTo("hace 3 semanas");
        assertThat(spanish.rows().get(3).when()).isEqualTo("Ahora");
    }

    @Test
    void aStudentWithoutReviewsHasNoLine() {
        RetentionOverTime none = RetentionOverTime.of(List.of(point(1, 0, 0), point(0, 0, 0)), texts(Locale.ENGLISH));

        assertThat(none.any()).isFalse();
        assertThat(none.points()).isEmpty();
    }

    private static RetentionPoint point(int weeksAgo, int cards, double retention) {
        return new RetentionPoint(NOW.minus(Duration.ofDays(7L * weeksAgo)), cards, retention);
    }

    private static ClassTexts texts(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/spacing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ClassTexts(messages, "french", locale);
    }
}
