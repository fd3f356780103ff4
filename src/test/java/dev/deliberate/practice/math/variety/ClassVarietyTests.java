package dev.deliberate.practice.math.variety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.item.Difficulty;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Variety as a class meets it: 30 students with different interests and names, 100 items each
 * over the skills of an assignment, every item chosen by the planner from the student's history.
 */
class ClassVarietyTests {

    private static final int STUDENTS = 30;
    private static final int ITEMS = 100;
    private static final List<String> STUDENT_NAMES = List.of("Ana Ruiz", "Leo", "Maya Chen", "Omar", "Sara", "Ivan Petrov",
            "Nora", "Hugo", "Elena", "Tomas Diaz");
    private static final List<MathSkill> SKILLS = List.of(MathSkill.ONE_STEP_ADD_SUBTRACT, MathSkill.ONE_STEP_MULTIPLY_DIVIDE,
            MathSkill.TWO_STEP, MathSkill.WORD_PROBLEMS, MathSkill.NEGATIVE_NUMBERS, MathSkill.DISTRIBUTIVE_PROPERTY,
            MathSkill.WORD_PROBLEMS, MathSkill.FRACTIONS, MathSkill.VARIABLES_BOTH_SIDES, MathSkill.DECIMALS);

    private final VarietyPlanner planner = new VarietyPlanner(new ItemGenerator());

    @Test
    void thirtyStudentsSeeNoWordingTwiceWithinTenItemsAndNeverTheirOwnName() {
        List<Run> runs = new ArrayList<>();
        for (int student = 0; student < STUDENTS; student++) {
            runs.add(practise(student));
        }

        IntSummaryStatistics wordings = runs.stream().mapToInt(run -> run.wordings().size()).summaryStatistics();
        IntSummaryStatistics contexts = runs.stream().mapToInt(run -> run.contexts().size()).summaryStatistics();
        Set<String> classWordings = runs.stream().flatMap(run -> run.wordings().stream()).collect(Collectors.toSet());
        int repeats = runs.stream().mapToInt(Run::repeatsWithinTen).sum();
        int ownName = runs.stream().mapToInt(Run::namingTheStudent).sum();
        List<String> firstFive = runs.stream().limit(5)
                .map(run -> String.join(" ", run.items().subList(0, 6).stream().map(ClassVarietyTests::shortKey).toList())).toList();
        System.out.printf("Variety, %d students x %d items: distinct wordings per student min %d / mean %.1f / max %d, "
                        + "%d over the class; contexts per student min %d / max %d; a wording again within ten items: %d; "
                        + "items naming their student: %d%n", STUDENTS, ITEMS, wordings.getMin(), wordings.getAverage(),
                wordings.getMax(), classWordings.size(), contexts.getMin(), contexts.getMax(), repeats, ownName);
        firstFive.forEach(line -> System.out.println("  first items: " + line));

        assertThat(repeats).isZero();
        assertThat(ownName).isZero();
        assertThat(contexts.getMin()).isGreaterThanOrEqualTo(6);
        assertThat(wordings.getMin()).isGreaterThanOrEqualTo(40);
        assertThat(firstFive).doesNotHaveDuplicates();
    }

    @Test
    void eachLanguageHasThirtyFramesOverEightContextsAndFortyStories() throws IOException {
        for (String bundle : List.of("messages/math.properties", "messages/math_es.properties")) {
            Properties texts = load(bundle);
            Set<String> frames = keys(texts, "math.frame.");
            Set<String> frameContexts = frames.stream().map(key -> key.split("\\.")[2]).collect(Collectors.toSet());
            Set<String> stories = keys(texts, "math.story.");
            System.out.printf("%s: %d framing sentences over %d contexts, %d story templates%n", bundle, frames.size(),
                    frameContexts.size(), stories.size());

            assertThat(frames).hasSizeGreaterThanOrEqualTo(30);
            assertThat(frameContexts).hasSizeGreaterThanOrEqualTo(8);
            assertThat(stories).hasSizeGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void aStudentNamedLikeTheUsualCharacterNeverMeetsThemselves() {
        Set<String> everyName = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            MathItem item = planner.next(List.of(), MathSkill.TWO_STEP, Difficulty.of(2), Set.of(ProblemContext.SPORTS), Set.of(), seed);
            everyName.add((String) item.statement().args().get(0));
        }
        String usual = everyName.iterator().next();

        List<ServedItem> history = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            MathItem item = planner.next(history, MathSkill.TWO_STEP, Difficulty.of(2), Set.of(ProblemContext.SPORTS), Set.of(),
                    Set.of(usual.toUpperCase()), 42);
            history.add(ServedItem.of(item));
            assertThat(item.statement().args().get(0)).isNotEqualTo(usual);
        }
    }

    private Run practise(int student) {
        long learnerSeed = 1_000L + student * 7_919L;
        Set<ProblemContext> interests = interests(student);
        String name = STUDENT_NAMES.get(student % STUDENT_NAMES.size());
        Set<String> nameWords = Set.of(name.split(" "));
        List<ServedItem> history = new ArrayList<>();
        List<MathItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            MathSkill skill = SKILLS.get((i / 10 + student) % SKILLS.size());
            Difficulty difficulty = Difficulty.of(1 + (i % 10) / 2.5);
            MathItem item = planner.next(history, skill, difficulty, interests, Set.of(), nameWords, learnerSeed);
            history.add(ServedItem.of(item));
            items.add(item);
        }
        return new Run(items, nameWords);
    }

    private static Set<ProblemContext> interests(int student) {
        List<ProblemContext> themes = Arrays.stream(ProblemContext.values()).filter(ProblemContext::isInterest).toList();
        Set<ProblemContext> chosen = new HashSet<>();
        for (int k = 0; k < student % 4; k++) {
            chosen.add(themes.get((student + 2 * k) % themes.size()));
        }
        return chosen;
    }

    private static String shortKey(MathItem item) {
        String[] parts = item.wordingKey().split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ClassVarietyTests.class.getClassLoader().getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> keys(Properties texts, String prefix) {
        return texts.stringPropertyNames().stream().filter(key -> key.startsWith(prefix)).collect(Collectors.toSet());
    }

    private record Run(List<MathItem> items, Set<String> nameWords) {

        Set<String> wordings() {
            return items.stream().map(MathItem::wordingKey).collect(Collectors.toSet());
        }

        Set<ProblemContext> contexts() {
            return items.stream().map(MathItem::context).flatMap(Optional::stream).collect(Collectors.toSet());
        }

        int repeatsWithinTen() {
            int repeats = 0;
            for (int i = 0; i < items.size(); i++) {
                for (int j = Math.max(0, i - 9); j < i; j++) {
                    if (items.get(i).wordingKey().equals(items.get(j).wordingKey())) {
                        repeats++;
                        break;
                    }
                }
            }
            return repeats;
        }

        int namingTheStudent() {
            Map<String, Boolean> cache = new HashMap<>();
            return (int) items.stream().filter(item -> item.statement().args().stream()
                    .anyMatch(arg -> arg instanceof String text && cache.computeIfAbsent(text,
                            t -> nameWords.stream().anyMatch(word -> fold(word).equals(fold(t)))))).count();
        }

        private static String fold(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
        }
    }
}
