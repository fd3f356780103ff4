package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import dev.deliberate.practice.PracticeView.Example;
import dev.deliberate.practice.PracticeView.Judgement;
import dev.deliberate.practice.PracticeView.Mode;
import dev.deliberate.practice.PracticeView.Problem;
import dev.deliberate.practice.PracticeView.SkillBar;
import dev.deliberate.practice.PracticeView.Stats;
import dev.deliberate.practice.PracticeView.Typed;
import dev.deliberate.practice.PracticeView.TypedLine;
import dev.deliberate.practice.PracticeView.Worked;

class PracticeRegionTests {

    private final PracticeRegion region = new PracticeRegion(messages());

    @Test
    void escapesEveryTextAndAttributeItShows() {
        Problem problem = new Problem(41, 3, "<b>skill</b>", "reason & more", "Solve <i>", "x\" onmouseover=\"alert(1)",
                "x\" onload=\"alert(2)", "'after'", true, false);
        Judgement judgement = new Judgement("mistake", "<script>alert(3)</script>", 2, "<u>hint</u>", 1, 3,
                new Example("<s>story</s>", List.of(new Worked("2x<4", "2x \\lt 4\"", "<em>why</em>"))), true);
        Typed typed = new Typed("x = <q>", "2x = 6</textarea><script>", List.of(new TypedLine(1, "<del>2x = 6</del>", true)));
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(),
                List.of(new SkillBar("two-step", "Two <step>", 40, false, "<b>back</b>")), stats(), "<img src=x>", typed), Locale.ENGLISH);

        assertThat(html).doesNotContain("<b>skill", "<b>back", "<script>", "<i>", "<em>", "<step>", "<img", "\" onload", "<u>", "<s>", "<del>",
                "</textarea><script>", "<q>");
        assertThat(html).contains("&lt;script&gt;alert(3)&lt;/script&gt;", "data-latex=\"x&#34; onload=&#34;alert(2)\"",
                "reason &amp; more", "Two &lt;step&gt;",
                // quotes in text are just text
                ">x\" onmouseover=\"alert(1)</span>");
    }

    @Test
    void showsTheProblemItsFeedbackAndTheProgressInTheLearnersLanguage() {
        Problem problem = new Problem(41, 1234, "Two-step equations", "Next step up", "Solve ", "2x + 3 = 7", "2x+3=7", ".", true,
                false);
        Judgement judgement = new Judgement("mistake", "Line 2: subtract 3 from both sides", 2, null, 0, 3, null, true);
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(),
                List.of(new SkillBar("two-step", "Dos pasos", 100, true, null)), stats(), null, null), Locale.forLanguageTag("es"));

        assertThat(html).contains("Problema 1.234", "name=\"itemId\" value=\"41\"", "id=\"feedback\"", "class=\"mistake\"",
                "hx-post=\"/student/moves\"", "class=\"bar-fill mastered\"", "style=\"width:100%\"", "id=\"items-done\"");
        assertThat(html).doesNotContain("id=\"notice\"", "id=\"solved\"", "id=\"interests\"");
    }

    @Test
    void countsReadAsWordsWithTheRightPluralInBothLanguages() {
        Problem problem = new Problem(7, 1, "Two-step equations", null, "Solve ", "x + 1 = 2", "x+1=2", ".", true, false);
        for (var expected : java.util.Map.of(9, new String[] { "1 problem<", "1 problema<" }, 8, new String[] { "2 problems<",
                "2 problemas<" }).entrySet()) {
            Stats stats = new Stats(3, 20, 2, 5, expected.getKey(), 10, 40, false);
            String english = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats,
                    null, null), Locale.ENGLISH);
            String spanish = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats,
                    null, null), Locale.forLanguageTag("es"));
            assertThat(english).contains(expected.getValue()[0]);
            assertThat(spanish).contains(expected.getValue()[1]);
        }
        assertThat(messages().getMessage("gradebook.comment", new Object[] { 40, 1 }, Locale.ENGLISH)).isEqualTo("Mastery 40% · 1 problem");
        assertThat(messages().getMessage("gradebook.comment", new Object[] { 40, 1200 }, Locale.ENGLISH))
                .isEqualTo("Mastery 40% · 1,200 problems");
    }

    private static Stats stats() {
        return new Stats(3, 20, 2, 5, 3, 10, 40, false);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/math");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
