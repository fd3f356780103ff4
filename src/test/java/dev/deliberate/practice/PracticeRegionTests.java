package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import dev.deliberate.practice.PracticeView.CriterionNote;
import dev.deliberate.practice.PracticeView.Example;
import dev.deliberate.practice.PracticeView.Judgement;
import dev.deliberate.practice.PracticeView.Mode;
import dev.deliberate.practice.PracticeView.Problem;
import dev.deliberate.practice.PracticeView.SkillBar;
import dev.deliberate.practice.PracticeView.Stats;
import dev.deliberate.practice.PracticeView.Typed;
import dev.deliberate.practice.PracticeView.TypedLine;
import dev.deliberate.practice.PracticeView.Worked;
import dev.deliberate.practice.spi.MathMarkup;

class PracticeRegionTests {

    private final PracticeRegion region = new PracticeRegion(messages());

    @Test
    void escapesEveryTextAndAttributeItShows() {
        Problem problem = new Problem(41, 3, "<b>skill</b>", "reason & more", "Solve <i>", "x\" onmouseover=\"alert(1)",
                MathMarkup.identifier("x\" onload=\"alert(2)").described("<b>alt\" onclick=\"x"), "'after'", true, false);
        Judgement judgement = new Judgement("mistake", "<script>alert(3)</script>", 2, "<u>hint</u>", 1, 3,
                new Example("<s>story</s>", List.of(new Worked("2x<4", MathMarkup.number("2<4</mn><script>"), "<em>why</em>"))), true);
        Typed typed = new Typed("x = <q>", "2x = 6</textarea><script>", List.of(new TypedLine(1, "<del>2x = 6</del>", true)));
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(),
                List.of(new SkillBar("two-step", "Two <step>", 40, false, "<b>back</b>")), stats(), "<img src=x>", typed), Locale.ENGLISH);

        assertThat(html).doesNotContain("<b>skill", "<b>back", "<script>", "<i>", "<em>", "<step>", "<img", "\" onload", "<u>", "<s>", "<del>",
                "</textarea><script>", "<q>", "<b>alt", "</mn><script>");
        assertThat(html).contains("&lt;script&gt;alert(3)&lt;/script&gt;", "<mi>x&quot; onload=&quot;alert(2)</mi>", "alttext=\"&lt;b&gt;alt&quot; onclick=&quot;x\"", "<mn>2&lt;4&lt;/mn&gt;&lt;script&gt;</mn>",
                "reason &amp; more", "Two &lt;step&gt;");
    }

    @Test
    void showsTheProblemItsFeedbackAndTheProgressInTheLearnersLanguage() {
        Problem problem = new Problem(41, 1234, "Two-step equations", "Next step up", "Solve ", "2x + 3 = 7", MathMarkup.identifier("2x+3=7"), ".", true,
                false);
        Judgement judgement = new Judgement("mistake", "Line 2: subtract 3 from both sides", 2, null, 0, 3, null, true);
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(),
                List.of(new SkillBar("two-step", "Dos pasos", 100, true, null)), stats(), null, null), Locale.forLanguageTag("es"));

        assertThat(html).contains("Problema 1.234", "name=\"itemId\" value=\"41\"", "id=\"feedback\"", "class=\"mistake\"",
                "hx-post=\"/student/moves\"", "class=\"bar-fill mastered\"", "data-percent=\"100\"", "id=\"items-done\"",
                "Tu nota del curso guarda tu mejor dominio");
        assertThat(html).doesNotContain("id=\"notice\"", "id=\"solved\"", "id=\"interests\"");
    }

    @Test
    void theTeachersFocusIsOneEscapedLineAboveTheProblem() {
        Problem problem = new Problem(7, 1, "Two-step equations", null, "Solve ", "x + 1 = 2", MathMarkup.identifier("x+1=2"), ".", true, false);
        String focus = "Your teacher set a focus: <b>Two-step</b> (since Dec 6, 2026)";

        String html = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats(), null,
                null, focus), Locale.ENGLISH);

        assertThat(html).contains("id=\"teacher-focus\"", "&lt;b&gt;Two-step&lt;/b&gt;").doesNotContain("<b>Two-step");
        assertThat(html.indexOf("id=\"teacher-focus\"")).isLessThan(html.indexOf("id=\"statement\""));
        assertThat(region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats(), null,
                null), Locale.ENGLISH)).doesNotContain("teacher-focus");
    }

    @Test
    void countsReadAsWordsWithTheRightPluralInBothLanguages() {
        Problem problem = new Problem(7, 1, "Two-step equations", null, "Solve ", "x + 1 = 2", MathMarkup.identifier("x+1=2"), ".", true, false);
        for (var expected : java.util.Map.of(9, new String[] { "1 problem<", "1 problema<" }, 8, new String[] { "2 problems<",
                "2 problemas<" }).entrySet()) {
            Stats stats = new Stats(3, 20, 2, 5, expected.getKey(), 10, 40, false, "Goal", null, true);
            String english = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats,
                    null, null), Locale.ENGLISH);
            String spanish = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats,
                    null, null), Locale.forLanguageTag("es"));
            assertThat(english).contains(expected.getValue()[0]);
            assertThat(spanish).contains(expected.getValue()[1]);
        }
        Stats without = new Stats(3, 20, 2, 5, 12, 10, 40, false, "Goal", null, false);
        assertThat(region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), without, null, null),
                Locale.ENGLISH)).as("an assignment without reflections counts down to none").doesNotContain("id=\"until-reflection\"",
                        "Until the next reflection");
        assertThat(messages().getMessage("gradebook.comment", new Object[] { 40, 1 }, Locale.ENGLISH)).isEqualTo("Mastery 40% · 1 problem");
        assertThat(messages().getMessage("gradebook.comment", new Object[] { 40, 1200 }, Locale.ENGLISH))
                .isEqualTo("Mastery 40% · 1,200 problems");
    }

    @Test
    void theAnswerAreaIsTheSubjectsOwnAndMathKeepsItsWorkLinesAndAnswer() {
        Problem problem = new Problem(7, 1, "Thesis", null, "Write a thesis: should phones be banned at school?", null, null, "", false,
                false);
        String math = region.render(new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats(), null,
                null), Locale.ENGLISH);
        String writing = region.render(view(problem, "writing", List.of()), Locale.ENGLISH);
        String unknown = region.render(view(problem, "chemistry", List.of()), Locale.ENGLISH);

        assertThat(math).contains("id=\"work\"", "id=\"answer\"", "data-subject=\"math\"");
        assertThat(writing).contains("id=\"work\" name=\"work\" rows=\"8\"", "data-subject=\"writing\"")
                .doesNotContain("id=\"answer\"");
        assertThat(unknown).as("a subject without its own area gets one line").contains("id=\"answer\"")
                .doesNotContain("id=\"work\"");
    }

    @Test
    void theHeadingAndCountsAreInTheSubjectsWordsProblemsForMathExercisesForWritingAndFrench() {
        Problem problem = new Problem(7, 3, "Thesis", null, "Write a thesis.", null, null, "", false, false);

        assertThat(region.render(view(problem, "math", List.of()), Locale.ENGLISH)).contains("<span>Problem 3</span>", "Problems done");
        assertThat(region.render(view(problem, "writing", List.of()), Locale.ENGLISH)).contains("<span>Exercise 3</span>", "Exercises done",
                "7 exercises").doesNotContain("Problem", "problems");
        assertThat(region.render(view(problem, "writing", List.of()), Locale.forLanguageTag("es"))).contains("<span>Ejercicio 3</span>",
                "Ejercicios hechos").doesNotContain("Problema", "problemas");
        assertThat(region.render(view(problem, "french", List.of()), Locale.ENGLISH)).contains("<span>Exercise 3</span>", "Sentences done",
                "7 sentences").doesNotContain("Problem", "problems");
        assertThat(region.render(view(problem, "chemistry", List.of()), Locale.ENGLISH)).as("a subject without its own words")
                .contains("<span>Problem 3</span>");
    }

    @Test
    void aWorkedExampleWithoutMathShowsItsWords() {
        // writing's worked example is a model text on another question: no equation per line (a 500 found by WritingBenchmark)
        Problem problem = new Problem(7, 2, "Thesis", null, "Write a thesis.", null, null, "", false, false);
        Judgement judgement = new Judgement("example", null, null, null, 0, 3, new Example("Should museums be free?",
                List.of(new Worked("", null, "Museums should be free, because <culture> belongs to everyone."))), true);
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(), List.of(), stats(),
                null, null, null, "writing", List.of()), Locale.ENGLISH);

        assertThat(html).contains("id=\"worked-example\"", "An example on another question",
                "<span>Museums should be free, because &lt;culture&gt; belongs to everyone.</span>").doesNotContain("class=\"math\"");

        // French's lines are a sentence and the rule that fills it
        Judgement french = new Judgement("example", null, null, null, 0, 3, new Example("Nous (finir) le travail.",
                List.of(new Worked("Nous ___ le travail.", null, "-ir verbs: nous finissons"))), true);
        assertThat(region.render(new PracticeView(Mode.PROBLEM, problem, french, null, null, null, List.of(), List.of(), stats(), null,
                null, null, "french", List.of()), Locale.ENGLISH))
                .contains("<span>Nous ___ le travail.</span>", "<span class=\"muted\">-ir verbs: nous finissons</span>");
    }

    @Test
    void feedbackPerCriterionSaysWhetherRulesOrAModelWroteIt() {
        Problem problem = new Problem(7, 1, "Thesis", null, "Write a thesis.", null, null, "", false, false);
        Judgement judgement = new Judgement("mistake", "Not yet", 1, null, 0, 3, null, false);
        List<CriterionNote> notes = List.of(new CriterionNote("thesis", "Thesis", false, "You wrote <i>phones are bad</i>", "checked by rules"),
                new CriterionNote("hook", "Hook", true, "Good question", "suggested by a language model"));
        String html = region.render(new PracticeView(Mode.PROBLEM, problem, judgement, null, null, null, List.of(), List.of(), stats(),
                null, null, null, "writing", notes), Locale.ENGLISH);

        assertThat(html).contains("data-criterion=\"thesis\"", "class=\"criterion not-met\"", "class=\"criterion met\"",
                "(checked by rules)", "(suggested by a language model)", "&lt;i&gt;phones are bad&lt;/i&gt;").doesNotContain("<i>phones");
    }

    private static PracticeView view(Problem problem, String subject, List<CriterionNote> notes) {
        return new PracticeView(Mode.PROBLEM, problem, null, null, null, null, List.of(), List.of(), stats(), null, null, null, subject,
                notes);
    }

    private static Stats stats() {
        return new Stats(3, 20, 2, 5, 3, 10, 40, false, "Goal", null, true);
    }

    @Test
    void theGoalReadsTheSameRuleInBothLanguages() {
        assertThat(messages().getMessage(dev.deliberate.mastery.Completion.RULE, new Object[] { 60, 10 }, Locale.ENGLISH))
                .isEqualTo("Goal: every skill at 60% or more, and at least 10 problems.");
        assertThat(messages().getMessage(dev.deliberate.mastery.Completion.RULE, new Object[] { 100, 1 }, Locale.ENGLISH))
                .isEqualTo("Goal: every skill mastered, and at least 1 problem.");
        assertThat(messages().getMessage(dev.deliberate.mastery.Completion.RULE, new Object[] { 80, 12 }, Locale.forLanguageTag("es")))
                .isEqualTo("Objetivo: cada habilidad al 80% o más, y al menos 12 problemas.");
        assertThat(messages().getMessage("practice.goal.below", new Object[] { 60, "Fractions (45%)" }, Locale.ENGLISH))
                .isEqualTo("Still below 60%: Fractions (45%).");
        assertThat(messages().getMessage("practice.goal.below", new Object[] { 100, "Fractions (87%)" }, Locale.ENGLISH))
                .isEqualTo("Not mastered yet: Fractions (87%).");
        assertThat(messages().getMessage("practice.goal.belowCount", new Object[] { 60, 5, 9 }, Locale.ENGLISH))
                .isEqualTo("5 of 9 skills are still below 60%.");
        assertThat(messages().getMessage("practice.goal.belowCount", new Object[] { 100, 5, 9 }, Locale.forLanguageTag("es")))
                .isEqualTo("5 de 9 habilidades están aún sin dominar.");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/math", "messages/writing", "messages/french");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
