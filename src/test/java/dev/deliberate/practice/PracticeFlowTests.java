package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * The practice loop end to end, through HTTP as htmx drives it: items, exact-step feedback, the
 * learner model, patterns, worked examples, reflection checkpoints, resume and bad input.
 */
class PracticeFlowTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Subjects subjects;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aStudentChoosesInterestsAndGetsAProblemSetInOne() {
        Launched ada = DemoLms.launch(baseUrl, "demo-student-05");
        assertThat(ada.landing().body()).contains("id=\"interests\"", "What are you into?");

        Reply problem = ada.post("/student/interests", Map.of("interest", "sports"));

        assertThat(problem.status()).isEqualTo(200);
        assertThat(problem.body()).contains("id=\"practice\"", "Problem 1", "<math").doesNotContain("<html");
        assertThat(jdbc.sql("SELECT interests FROM practice_session s JOIN practice_item i ON i.session_id = s.id WHERE i.id = ?")
                .param(itemId(problem)).query(String.class).single()).isEqualTo("sports");
    }

    @Test
    void aCorrectAnswerIsConfirmedRecordedAndFollowedByTheNextProblem() {
        Launched learner = started("demo-student-06");
        Reply first = learner.landing();
        long item = itemId(first);

        Reply next = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item),
                "elapsed", "4200"));

        assertThat(next.body()).contains("id=\"solved\"", "Correct: x = ", "Problem 2");
        assertThat(itemId(next)).isNotEqualTo(item);
        Map<String, Object> attempt = jdbc.sql("SELECT verdict, time_taken_ms, assisted FROM practice_attempt WHERE item_id = ?")
                .param(item).query().singleRow();
        assertThat(attempt).containsEntry("verdict", "CORRECT").containsEntry("time_taken_ms", 4200);
        assertThat(jdbc.sql("SELECT outcome FROM practice_item WHERE id = ?").param(item).query(String.class).single()).isEqualTo("SOLVED");
        assertThat(jdbc.sql("SELECT s.knowledge FROM mastery_skill s JOIN practice_session p ON p.membership_id = s.membership_id "
                + "JOIN practice_item i ON i.session_id = p.id WHERE i.id = ?").param(item).query(Double.class).single())
                .as("P(L) after one correct answer, up from P(L0) = 0.25").isGreaterThan(0.25);
    }

    @Test
    void aSignErrorInTheWorkIsNamedOnItsLineWithoutGivingTheAnswerAway() {
        Launched learner = started("demo-student-07");
        long item = itemId(learner.landing());

        Reply feedback = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", signErrorLine(item),
                "answer", "x = 1000"));

        assertThat(feedback.body()).contains("id=\"feedback\"", "In line 1", "kept its sign").doesNotContain("id=\"solved\"")
                .doesNotContain(answer(item) + "</");
        assertThat(jdbc.sql("SELECT misconception FROM practice_attempt WHERE item_id = ?").param(item).query(String.class).single())
                .isEqualTo("SIGN_ERROR_MOVING_TERM");
        assertThat(itemId(feedback)).isEqualTo(item);
    }

    @Test
    void aRecurringMisconceptionIsToldInPlainWordsAndFocusedOn() {
        Launched learner = started("demo-student-17");
        Reply reply = learner.landing();
        for (int i = 0; i < 3; i++) {
            long item = itemId(reply);
            reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", signErrorLine(item), "answer", "x = 999"));
            if (i == 2) {
                break;
            }
            reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));
        }

        assertThat(reply.body()).contains("id=\"pattern\"", "You tend to keep a term’s sign when you move it");
        long current = itemId(reply);
        reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(current), "answer", answer(current)));
        assertThat(jdbc.sql("SELECT reason FROM practice_item WHERE id = ?").param(itemId(reply)).query(String.class).single())
                .isEqualTo("MISCONCEPTION_FOCUS");
        assertThat(reply.body()).contains("Focus: Sign error when moving a term");
        assertThat(jdbc.sql("SELECT m.occurrences FROM mastery_misconception m JOIN practice_session p ON p.membership_id = m.membership_id "
                + "JOIN practice_item i ON i.session_id = p.id WHERE i.id = ? AND m.code = 'SIGN_ERROR_MOVING_TERM'").param(current)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void afterRepeatedFailureTheWorkedExampleAppearsAndTheLearnerMayMoveOn() {
        Launched learner = started("demo-student-09");
        long item = itemId(learner.landing());

        Reply once = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 777"));
        assertThat(once.body()).doesNotContain("A worked example", "Next problem");
        Reply hint = learner.post("/student/hints", Map.of("itemId", String.valueOf(item)));
        assertThat(hint.body()).contains("class=\"hint\"");
        Reply twice = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 778"));
        assertThat(twice.body()).contains("id=\"worked-example\"", "A worked example of a problem like yours",
                "A fresh problem like this");
        assertThat(twice.body()).as("the example solves another problem, not this one")
                .doesNotContain(">" + answer(item) + "</span>");

        Reply moved = learner.post("/student/moves", Map.of("itemId", String.valueOf(item)));
        long fresh = itemId(moved);
        assertThat(fresh).isNotEqualTo(item);
        assertThat(jdbc.sql("SELECT outcome FROM practice_item WHERE id = ?").param(item).query(String.class).single()).isEqualTo("MOVED_ON");
        assertThat(spec(fresh).skillId()).as("a fresh problem of the same kind").isEqualTo(spec(item).skillId());
        assertThat(Math.floor(spec(fresh).difficulty())).isEqualTo(Math.floor(spec(item).difficulty()));
        assertThat(jdbc.sql("SELECT reason FROM practice_item WHERE id = ?").param(fresh).query(String.class).single())
                .isEqualTo("PARALLEL");
        assertThat(moved.body()).contains("Another problem like the worked example");
    }

    @Test
    void aWrongAnswerKeepsTheWorkAndTheAnswerAndMarksTheDiagnosedLine() {
        Launched learner = started("demo-student-18");
        long item = itemId(learner.landing());
        String wrong = signErrorLine(item);

        Reply feedback = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", wrong, "answer", "x = 1000"));

        assertThat(feedback.body()).contains(">" + escaped(wrong) + "</textarea>", "value=\"x = 1000\"",
                "class=\"diagnosed\" data-line=\"1\"", "class=\"line-mark\"");
    }

    @Test
    void hintsClimbALadderOfThreeWhileTheWorkAndTheDiagnosisStay() {
        Launched learner = started("demo-student-27");
        long item = itemId(learner.landing());
        String wrong = signErrorLine(item);
        learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", wrong, "answer", "x = 1000"));

        Map<String, String> typed = Map.of("itemId", String.valueOf(item), "work", wrong, "answer", "x = 1000");
        Reply first = learner.post("/student/hints", typed);
        Reply second = learner.post("/student/hints", typed);
        Reply third = learner.post("/student/hints", typed);
        Reply fourth = learner.post("/student/hints", typed);

        assertThat(first.body()).contains("Hint 1 of 3", "kept its sign", "In line 1", ">" + escaped(wrong) + "</textarea>");
        assertThat(second.body()).contains("Hint 2 of 3", "Next step:", "In line 1");
        assertThat(third.body()).contains("Hint 3 of 3", "In line 1");
        assertThat(List.of(hint(first), hint(second), hint(third))).as("each rung says something new").doesNotHaveDuplicates();
        assertThat(hint(fourth)).isEqualTo(hint(third));
    }

    @Test
    void beforeAnyTryNoHintGivesTheFinalAnswer() {
        Launched learner = started("demo-student-16");
        long item = itemId(learner.landing());
        for (int rung = 1; rung <= 3; rung++) {
            Reply hint = learner.post("/student/hints", Map.of("itemId", String.valueOf(item)));
            assertThat(hint(hint)).as("rung " + rung).doesNotContain(answer(item).replace("x = ", "= "));
        }
    }

    @Test
    void movingOnBeforeTheWorkedExampleIsRefused() {
        Launched learner = started("demo-student-10");
        long item = itemId(learner.landing());

        Reply refused = learner.post("/student/moves", Map.of("itemId", String.valueOf(item)));

        assertThat(refused.body()).contains("Give it another try first");
        assertThat(itemId(refused)).isEqualTo(item);
    }

    @Test
    void aBlockEndsWithAReflectionThatCannotBeSkipped() {
        Launched learner = started("demo-student-11");
        Reply reply = learner.landing();
        for (int i = 0; i < 10; i++) {
            long item = itemId(reply);
            reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));
        }
        assertThat(reply.body()).contains("id=\"reflection\"").doesNotContain("id=\"previous-reflection\"")
                .as("the shortest reflection is said on the page, not only in the browser's tooltip")
                .contains("minlength=\"15\"", "aria-describedby=\"reflection-hint\"", "15 characters at least");
        assertThat(reply.body()).doesNotContain("name=\"itemId\"");
        String asked = reply.body();

        Reply stillWaiting = learner.browser().get("/student", Map.of("X-Deliberate-Session", learner.token()));
        assertThat(stillWaiting.body()).contains("id=\"reflection\"");
        Reply tooShort = learner.post("/student/reflections", Map.of("reflection", "ok"));
        assertThat(tooShort.body()).contains("id=\"reflection\"", "Please write a little more");

        Reply saved = learner.post("/student/reflections", Map.of("reflection",
                "I moved the number to the other side and checked by substituting."));
        assertThat(saved.body()).contains("your reflection is saved", "Problem 11");
        assertThat(jdbc.sql("SELECT body FROM practice_reflection r JOIN practice_item i ON i.session_id = r.session_id WHERE i.id = ?")
                .param(itemId(saved)).query(String.class).single()).startsWith("I moved the number");
        String prompt = jdbc.sql("SELECT prompt FROM practice_reflection r JOIN practice_item i ON i.session_id = r.session_id "
                + "WHERE i.id = ?").param(itemId(saved)).query(String.class).single();
        assertThat(ReflectionPrompts.KINDS).as("no mistake came back: one of the eight kinds").contains(prompt);
        assertThat(asked).as("the question asked is the one stored").contains(messages.getMessage(prompt, null, Locale.ENGLISH));
    }

    @Test
    void aMistakeThatCameBackIsNamedInTheQuestionAndTheNextQuestionShowsThePreviousAnswer() {
        Launched learner = started("demo-student-29");
        Reply reply = learner.landing();
        long first = itemId(reply);
        for (int i = 0; i < 10; i++) {
            long item = itemId(reply);
            if (i < 3) {
                learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", signErrorLine(item), "answer", "x = 999"));
            }
            reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));
        }
        assertThat(reply.body()).contains("this mistake came back 3 times: Sign error when moving a term")
                .doesNotContain("id=\"previous-reflection\"");
        reply = learner.post("/student/reflections", Map.of("reflection", "I will check the sign of every term I move."));

        for (int i = 0; i < 10; i++) {
            reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(itemId(reply)), "answer", answer(itemId(reply))));
        }
        assertThat(reply.body()).as("the previous question as the learner read it, the mistake named")
                .contains("id=\"previous-reflection\"", "I will check the sign of every term I move.",
                        "this mistake came back 3 times: Sign error when moving a term");
        learner.post("/student/reflections", Map.of("reflection", "I wrote every step and substituted my answer back."));

        List<List<Object>> prompts = jdbc.sql("SELECT r.prompt, r.prompt_misconception, r.prompt_count FROM practice_reflection r "
                + "JOIN practice_item i ON i.session_id = r.session_id WHERE i.id = ? ORDER BY r.block_no").param(first)
                .query((rs, i) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class))).list();
        assertThat(prompts).hasSize(2).first().isEqualTo(List.of(ReflectionPrompts.HABIT_NAMED, "SIGN_ERROR_MOVING_TERM", 3));
        assertThat(ReflectionPrompts.KINDS).as("no mistake came back in the second block").contains((String) prompts.get(1).get(0));
        assertThat(prompts.get(1).subList(1, 3)).containsOnlyNulls();
    }

    @Test
    void eightKindsOfQuestionInBothLanguages() {
        for (String code : ReflectionPrompts.KINDS) {
            String english = messages.getMessage(code, null, Locale.ENGLISH);
            String spanish = messages.getMessage(code, null, Locale.forLanguageTag("es"));
            assertThat(english).isNotEqualTo(spanish).endsWith("?");
            assertThat(spanish).endsWith("?");
        }
        assertThat(ReflectionPrompts.KINDS).hasSize(8).doesNotHaveDuplicates();
        assertThat(ReflectionPrompts.KINDS.stream().map(code -> messages.getMessage(code, null, Locale.ENGLISH))).doesNotHaveDuplicates();
    }

    @Test
    void reopeningTheAssignmentResumesTheSameProblem() {
        Launched learner = started("demo-student-12");
        long item = itemId(learner.landing());

        Launched again = DemoLms.launch(baseUrl, "demo-student-12");

        assertThat(itemId(again.landing())).isEqualTo(item);
    }

    @Test
    void everyServedItemCanBeReproducedFromItsStoredSeed() {
        Launched learner = started("demo-student-13");
        long item = itemId(learner.landing());
        Map<String, Object> row = jdbc.sql("SELECT skill, difficulty, context, wording, seed, item_key FROM practice_item WHERE id = ?")
                .param(item).query().singleRow();

        PreparedItem again = subjects.get("math").regenerate(spec(item));

        assertThat(again.key()).isEqualTo(row.get("item_key"));
    }

    @Test
    void unreadableWorkGetsAPreciseMessageNotAnError() {
        Launched learner = started("demo-student-14");
        long item = itemId(learner.landing());

        String problem = subjects.get("math").regenerate(spec(item)).shown();
        Reply reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", problem + "\n4 =", "answer", "x = 2"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("line 2: missing right-hand side");
        assertThat(jdbc.sql("SELECT verdict FROM practice_attempt WHERE item_id = ?").param(item).query(String.class).single())
                .isEqualTo("UNREADABLE");
    }

    @Test
    void oversizedInputIsRefusedAndNothingIsLost() {
        Launched learner = started("demo-student-15");
        long item = itemId(learner.landing());

        Reply reply = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x".repeat(500)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("That answer is too long");
        assertThat(itemId(reply)).isEqualTo(item);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_attempt WHERE item_id = ?").param(item).query(Long.class).single()).isZero();
    }

    @Test
    void anAnswerToAProblemNoLongerOnScreenIsNotCounted() {
        Launched learner = started("demo-student-19");
        long item = itemId(learner.landing());
        learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));

        Reply stale = learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));

        assertThat(stale.body()).contains("That problem was already finished");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_attempt WHERE item_id = ?").param(item).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSpanishSpeakingStudentPractisesInSpanish() {
        Launched camila = DemoLms.launch(baseUrl, "demo-student-03");

        assertThat(camila.landing().body()).contains("¿Qué te interesa?", "Mis intereses", "Deportes");
        Reply problem = camila.post("/student/interests", Map.of());
        assertThat(problem.body()).contains("Problema 1", "Tu respuesta", "Revisar", "Tu progreso");
    }

    @Test
    void aTeacherCannotPostAnswers() {
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");

        Reply refused = teacher.post("/student/attempts", Map.of("itemId", "1", "answer", "x = 1"));

        assertThat(refused.status()).isEqualTo(403);
    }

    private Launched started(String person) {
        Launched learner = DemoLms.launch(baseUrl, person);
        Reply first = learner.post("/student/interests", Map.of());
        return new Launched(learner.browser(), first, learner.token());
    }

    private ItemSpec spec(long itemId) {
        return jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
    }

    private String answer(long itemId) {
        return "x = " + subjects.get("math").regenerate(spec(itemId)).answer();
    }

    /** The item's first step with the constant moved across the equals sign without changing its sign. */
    private String signErrorLine(long itemId) {
        PreparedItem item = subjects.get("math").regenerate(spec(itemId));
        Equation written = EquationParser.parse(item.shown(), 1).value();
        // with x on the right (−5 = x + 9) the term to move is on the right: read it as x + 9 = −5
        Equation equation = written.leftForm().coefficient().equals(Rational.of(0)) ? written.swapped() : written;
        LinearForm left = equation.leftForm();
        LinearForm right = equation.rightForm();
        Rational a = left.coefficient();
        String ax = a.equals(Rational.of(1)) ? "x" : RationalFormat.display(a) + "x";
        return ax + " = " + RationalFormat.display(right.constant()) + " + " + RationalFormat.display(left.constant());
    }

    private static final Pattern HINT = Pattern.compile("<p class=\"hint\"[^>]*>(.*?)</p>", Pattern.DOTALL);

    private static String hint(Reply reply) {
        Matcher m = HINT.matcher(reply.body());
        if (!m.find()) {
            throw new AssertionError("no hint on the page");
        }
        return m.group(1).replaceAll("<[^>]+>", "").replaceAll("Hint \\d of 3", "").strip();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long itemId(Reply reply) {
        Matcher m = ITEM.matcher(reply.body());
        if (!m.find()) {
            throw new AssertionError("no problem on the page: " + reply.body().replaceAll("\\s+", " ").substring(0, 400));
        }
        return Long.parseLong(m.group(1));
    }
}
