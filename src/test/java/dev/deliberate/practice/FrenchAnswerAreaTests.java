package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.deliberate.practice.PracticeView.Mode;
import dev.deliberate.practice.PracticeView.Problem;
import dev.deliberate.practice.PracticeView.Stats;

/** The answer area of a French item: one line, the accent palette and the typed convention. */
class FrenchAnswerAreaTests {

    private final PracticeRegion region = new PracticeRegion(messages());

    @Test
    void aFrenchItemHasAnAnswerLineAPaletteAndTheTypedConventionInTheLearnersLanguage() {
        Problem problem = new Problem(7, 1, "Passé composé with être", null, "Hier, _____ à la gare. (je · aller)", null, null, "", false,
                false);
        String english = render(problem, Locale.ENGLISH);
        String spanish = render(problem, Locale.forLanguageTag("es"));

        assertThat(english).contains("id=\"answer\"", "lang=\"fr\"", "data-insert=\"é\"", "data-insert=\"ç\"", "data-insert=\"œ\"",
                "Type e' for é").doesNotContain("id=\"work\"");
        assertThat(spanish).contains("Escribe e' para é", "aria-label=\"Tildes\"");
    }

    private String render(Problem problem, Locale locale) {
        return region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(),
                new Stats(3, 20, 2, 5, 3, 10, 40, false, "Goal", null, true), null, null, null, "french", List.of()), locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/math", "messages/french");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
