package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.math.check.Misconception;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.practice.spi.WorkedLine;

/**
 * A misconception made on purpose on a worked solution, for the teacher's mini-lesson: the wrong
 * line, written after the solution's lines before it, is judged by the checker as exactly that
 * misconception on exactly that line, on every skill and level it can be made on.
 */
class PitfallTests {

    private final MathSubject math = new MathSubject();

    @Test
    void everyPitfallIsDiagnosedAsItsMisconceptionOnItsLine() {
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (String skill : math.curriculum().skills()) {
            for (int level : math.curriculum().levels()) {
                for (long seed = 1; seed <= 6; seed++) {
                    PreparedItem item = math.next(new NextItemSpec(skill, level, Set.of(), List.of(), seed * 7919, Set.of()));
                    for (Misconception m : Misconception.values()) {
                        var pitfall = math.pitfall(item.spec(), m.name());
                        if (pitfall.isEmpty()) {
                            continue;
                        }
                        Checked checked = math.check(item.spec(), new Response("", work(item, pitfall.get())));
                        assertThat(checked.verdict()).isEqualTo(Verdict.MISTAKE);
                        assertThat(checked.misconception()).as("%s on %s", m, item.spec()).isEqualTo(m.name());
                        assertThat(checked.line()).isEqualTo(pitfall.get().step());
                        assertThat(checked.explanation()).isEqualTo(pitfall.get().explanation());
                        shown.merge(skill + " " + m.name(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println("pitfalls shown (skill misconception: items of 30) " + shown);
        assertThat(shown).containsKeys("two-step SIGN_ERROR_MOVING_TERM", "two-step ONE_SIDE_ONLY", "distributive-property DISTRIBUTE_FIRST_TERM_ONLY",
                "fractions RECIPROCAL_OR_FRACTION_ERROR");
    }

    @Test
    void aMisconceptionTheSubjectDoesNotKnowOrCannotMakeHasNoPitfall() {
        PreparedItem item = math.next(new NextItemSpec("two-step", 2, Set.of(), List.of(), 42, Set.of()));

        assertThat(math.pitfall(item.spec(), "NOT_A_MISCONCEPTION")).isEmpty();
        assertThat(math.pitfall(item.spec(), "ARITHMETIC_SLIP")).as("a slip is no faulty step").isEmpty();
        assertThat(math.pitfall(math.next(new NextItemSpec("word-problems", 2, Set.of(), List.of(), 42, Set.of())).spec(),
                "SIGN_ERROR_MOVING_TERM")).as("a story's first line is the learner's own").isEmpty();
    }

    private List<String> work(PreparedItem item, Pitfall pitfall) {
        List<String> lines = new ArrayList<>(math.workedExample(item.spec()).stream().skip(1).limit(pitfall.step() - 1L)
                .map(WorkedLine::text).toList());
        lines.add(pitfall.wrong().text());
        return lines;
    }
}
