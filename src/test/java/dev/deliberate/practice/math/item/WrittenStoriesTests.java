package dev.deliberate.practice.math.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.spi.StoryDraft;
import dev.deliberate.practice.spi.StoryOrder.StorySample;
import dev.deliberate.practice.spi.WrittenStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A written story is kept only when the engine reads its sample's equation back out of it. */
class WrittenStoriesTests {

    static final String LAPS = "math.story.sports.laps";
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A story a careful writer would give for {@code {1}x = {2}} in sports. */
    static StoryDraft lapsDraft(StorySample sample) {
        String laps = sample.numbers().get(0);
        String metres = sample.numbers().get(1);
        return new StoryDraft(laps + "x = " + metres, "the metres in one lap",
                "[NAME] runs " + laps + " laps of the school track and covers " + metres + " metres. How many metres is one lap?",
                "[NAME] corre " + laps + " vueltas a la pista del colegio y recorre " + metres + " metros. ¿Cuántos metros tiene una vuelta?");
    }

    @Test
    void everyTemplateHasSampleEquationsWhoseNumbersAreAllDifferent() {
        for (StoryTemplate template : StoryCatalog.all()) {
            List<StorySample> samples = WrittenStories.samples(template.key());
            assertThat(samples).as(template.key()).hasSize(4);
            for (StorySample sample : samples) {
                assertThat(new HashSet<>(sample.numbers())).as(sample.equation()).hasSameSizeAs(sample.numbers());
            }
        }
    }

    @Test
    void aDraftThatTellsItsEquationIsKeptWithPlaceholders() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        Optional<WrittenStory> kept = WrittenStories.accept(sample, lapsDraft(sample));
        assertThat(kept).isPresent();
        assertThat(kept.get().english()).contains("[N1] laps", "[N2] metres", "[NAME]");
        assertThat(kept.get().english().replaceAll("\\[N\\d]", "")).doesNotContainPattern("\\d");
        assertThat(kept.get().spanish()).contains("[N1] vueltas", "[N2] metros");
    }

    @Test
    void aDraftWithANumberNotInItsEquationIsDropped() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        StoryDraft good = lapsDraft(sample);
        StoryDraft extra = new StoryDraft(good.equation(), good.unknown(), good.english().replace("runs", "runs for 45 minutes,"),
                good.spanish());
        assertThat(WrittenStories.accept(sample, extra)).isEmpty();
    }

    @Test
    void aDraftMissingOneOfItsNumbersIsDropped() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        StoryDraft good = lapsDraft(sample);
        StoryDraft missing = new StoryDraft(good.equation(), good.unknown(), good.english(),
                "[NAME] corre unas vueltas y recorre " + sample.numbers().get(1) + " metros. ¿Cuántos metros tiene una vuelta?");
        assertThat(WrittenStories.accept(sample, missing)).isEmpty();
    }

    @Test
    void aDraftWhoseStatedEquationIsNotTheSamplesIsDropped() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        StoryDraft good = lapsDraft(sample);
        String wrong = "x + " + sample.numbers().get(0) + " = " + sample.numbers().get(1);
        assertThat(WrittenStories.accept(sample, new StoryDraft(wrong, good.unknown(), good.english(), good.spanish()))).isEmpty();
        assertThat(WrittenStories.accept(sample, new StoryDraft("not an equation", good.unknown(), good.english(), good.spanish())))
                .isEmpty();
    }

    @Test
    void aDraftWithMarkupOrWithoutAQuestionIsDropped() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        StoryDraft good = lapsDraft(sample);
        assertThat(WrittenStories.accept(sample, new StoryDraft(good.equation(), good.unknown(),
                good.english() + " <script>alert(1)</script>", good.spanish()))).isEmpty();
        assertThat(WrittenStories.accept(sample, new StoryDraft(good.equation(), good.unknown(),
                good.english().replace("?", "."), good.spanish()))).isEmpty();
        assertThat(WrittenStories.accept(sample, new StoryDraft(good.equation(), "", good.english(), good.spanish()))).isEmpty();
    }

    @Test
    void moneyWrittenOtherwiseThanTheSampleIsDropped() {
        StorySample money = WrittenStories.samples("math.story.finance.phone-plan").stream()
                .filter(sample -> sample.numbers().stream().anyMatch(number -> number.contains("."))).findFirst().orElseThrow();
        String cents = money.numbers().stream().filter(number -> number.contains(".")).findFirst().orElseThrow();
        String other = cents.endsWith("0") ? cents.substring(0, cents.length() - 1) : cents + "0";
        String english = "A plan costs $" + String.join(", $", money.numbers()) + " in all. How many months?";
        StoryDraft exact = new StoryDraft(money.equation(), "months", english, english);
        StoryDraft otherwise = new StoryDraft(money.equation(), "months", english.replace(cents, other), english);
        assertThat(WrittenStories.accept(money, exact)).isPresent();
        assertThat(WrittenStories.accept(money, otherwise)).isEmpty();
    }

    @Test
    void anItemToldWithAStoryShowsItsOwnNumbersAndCharacterInBothLanguages() {
        StorySample sample = WrittenStories.samples(LAPS).get(0);
        WrittenStory story = WrittenStories.accept(sample, lapsDraft(sample)).orElseThrow();
        MathItem item = new ItemGenerator().generate(new ItemRequest(MathSkill.WORD_PROBLEMS, Difficulty.of(2),
                Optional.of(ProblemContext.SPORTS), Set.of(), 977, Optional.of(LAPS)));
        MathItem told = WrittenStories.tell(item, story).orElseThrow();

        assertThat(told.wordingKey()).isEqualTo(LAPS + "#" + story.id());
        assertThat(told.equation()).isEqualTo(item.equation());
        assertThat(told.answer()).isEqualTo(item.answer());
        String english = MathMessages.english().render(told.statement());
        String spanish = MathMessages.in(Locale.forLanguageTag("es")).render(told.statement());
        List<Object> numbers = item.statement().args().subList(1, item.statement().args().size());
        assertThat(english).startsWith(String.valueOf(item.statement().args().get(0))).contains("laps").endsWith("?");
        assertThat(spanish).contains("vueltas").startsWith(String.valueOf(item.statement().args().get(0)));
        assertThat(numbersIn(english)).containsExactlyElementsOf(numbers.stream().map(String::valueOf).toList());
        assertThat(numbersIn(spanish)).containsExactlyElementsOf(numbers.stream().map(String::valueOf).toList());
    }

    @Test
    void aStoryWhosePlaceholdersDoNotFitTheItemIsNotUsed() {
        MathItem item = new ItemGenerator().generate(new ItemRequest(MathSkill.WORD_PROBLEMS, Difficulty.of(2),
                Optional.of(ProblemContext.SPORTS), Set.of(), 977, Optional.of(LAPS)));
        WrittenStory tooMany = WrittenStory.of("[NAME] runs [N1] laps, [N2] metres and [N3] more. How far?", "[N1] [N2] [N3]?");
        WrittenStory stray = WrittenStory.of("[NAME] runs [N1] laps and [N2] metres in 7 days. How far is a lap?", "[N1] [N2]?");
        assertThat(WrittenStories.tell(item, tooMany)).isEmpty();
        assertThat(WrittenStories.tell(item, stray)).isEmpty();
    }

    private static List<String> numbersIn(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }
}
