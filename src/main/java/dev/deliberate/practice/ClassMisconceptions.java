package dev.deliberate.practice;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.WorkedLine;
import dev.deliberate.shared.DbTime;

/**
 * The misconceptions a class showed on the teacher's assignment, and a worked example to project
 * for each: a fresh problem from the subject's own generator on the skill where the class shows it
 * most, solved step by step, with the line the misconception would write called out beside the
 * subject's own feedback on it.
 */
@Component
public class ClassMisconceptions {

    /**
     * Fresh problems tried before settling for one the misconception cannot be shown on: a French
     * skill mixes regular and irregular verbs, and a participle made regular shows on about one
     * verb in four of the passé composé with avoir.
     */
    static final int TRIES = 64;

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AssignmentPlans plans;
    private final PracticePage page;
    private final SecureRandom seeds = new SecureRandom();

    ClassMisconceptions(JdbcClient jdbc, Subjects subjects, AssignmentPlans plans, PracticePage page) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.plans = plans;
        this.page = page;
    }

    /** The misconceptions shown in the assignment since {@code since}: most students first, then most occurrences. */
    public List<Frequent> since(CourseSession teacher, Instant since) {
        Map<String, Set<Long>> students = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> bySkill = new HashMap<>();
        jdbc.sql("""
                SELECT s.membership_id, i.skill, a.misconception FROM practice_attempt a
                JOIN practice_item i ON i.id = a.item_id JOIN practice_session s ON s.id = a.session_id
                WHERE s.link_id = ? AND s.context_id = ? AND a.misconception IS NOT NULL AND a.created_at >= ?""")
                .params(teacher.linkId(), teacher.contextId(), DbTime.of(since))
                .query((RowCallbackHandler) rs -> {
                    String code = rs.getString(3);
                    students.computeIfAbsent(code, c -> new HashSet<>()).add(rs.getLong(1));
                    bySkill.computeIfAbsent(code, c -> new HashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                });
        List<Frequent> frequent = new ArrayList<>();
        students.forEach((code, who) -> {
            Map<String, Integer> skills = bySkill.get(code);
            String top = skills.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                    Comparator.reverseOrder())).orElseThrow().getKey();
            frequent.add(new Frequent(code, who.size(), skills.values().stream().mapToInt(Integer::intValue).sum(), top));
        });
        frequent.sort(Comparator.comparingInt(Frequent::students).reversed().thenComparing(Comparator.comparingInt(Frequent::occurrences)
                .reversed()).thenComparing(Frequent::code));
        return frequent;
    }

    /**
     * A fresh worked example on {@code skillId} for {@code code}, never the problem of
     * {@code previousSeed} (the one shown before, if any).
     */
    public Example example(CourseSession teacher, String skillId, String code, Long previousSeed, Locale locale) {
        PracticeSubject subject = subjects.get(plans.of(teacher).subject());
        List<Integer> levels = subject.curriculum().levels();
        int level = levels.get(Math.min(1, levels.size() - 1));
        String previous = previousSeed == null ? null : subject.next(spec(skillId, level, previousSeed)).key();
        PreparedItem first = null;
        long firstSeed = 0;
        for (int i = 0; i < TRIES || first == null && i < 10 * TRIES; i++) {
            long seed = seeds.nextLong() & Long.MAX_VALUE;
            PreparedItem item = subject.next(spec(skillId, level, seed));
            if (item.key().equals(previous)) {
                continue;
            }
            Optional<Pitfall> pitfall = subject.pitfall(item.spec(), code);
            if (pitfall.isPresent()) {
                return example(subject, item, seed, pitfall.get(), locale);
            }
            if (first == null) {
                first = item;
                firstSeed = seed;
            }
        }
        if (first == null) {
            throw new IllegalStateException("the subject gives no problem on " + skillId + " but the one shown before");
        }
        return example(subject, first, firstSeed, null, locale);
    }

    private Example example(PracticeSubject subject, PreparedItem item, long seed, Pitfall pitfall, Locale locale) {
        List<Step> steps = subject.workedExample(item.spec()).stream()
                .map(line -> new Step(line.text(), inline(line), page.render(line.reason(), locale))).toList();
        Wrong wrong = pitfall == null ? null : new Wrong(pitfall.step(), pitfall.wrong().text(), inline(pitfall.wrong()),
                page.render(pitfall.explanation(), locale));
        return new Example(seed, page.render(item.statement(), locale), item.shown(), item.math() == null ? null : item.math().block(), steps, wrong,
                page.render(Text.of(subject.id() + ".skill." + item.spec().skillId()), locale));
    }

    /** A line's MathML, or null for a line of words (a French form, a writing step), shown as text. */
    private static String inline(WorkedLine line) {
        return line.math() == null ? null : line.math().inline();
    }

    /** The problem a seed stands for: the same one whenever asked, so the next can be told apart from it. */
    private static NextItemSpec spec(String skillId, int level, long seed) {
        return new NextItemSpec(skillId, level, Set.of(), List.of(), seed, Set.of());
    }

    /**
     * A misconception of the class.
     *
     * @param students    how many students showed it
     * @param occurrences how many answers showed it
     * @param skillId     the skill it was shown on most
     */
    public record Frequent(String code, int students, int occurrences, String skillId) {
    }

    /**
     * A worked example to project.
     *
     * @param seed      what the next one must differ from
     * @param shown     the equation as text in the statement, or null for a story
     * @param mathml    the equation as MathML (built from escaped parts, see MathMarkup), or null
     * @param steps     the solution, first line the equation itself
     * @param wrong     where the misconception goes wrong, or null when it cannot be shown on this problem
     */
    public record Example(long seed, String statement, String shown, String mathml, List<Step> steps, Wrong wrong, String skill) {
    }

    /** A line of the solution; {@code mathml} is the same line as MathML, safe to place unescaped. */
    public record Step(String text, String mathml, String reason) {
    }

    /** The line {@code step} of the solution as the misconception writes it, and the feedback on it. */
    public record Wrong(int step, String text, String mathml, String feedback) {
    }
}
