package dev.deliberate.practice.language.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * The checker over wrong answers typed the way learners type them, each labelled by hand with the
 * reason a teacher would give ({@code labelled-mistakes.txt}): the share for which it names that
 * reason, printed per reason.
 */
class LabelledMistakesTests {

    private static final List<String> PRONOUNS = List.of("je", "tu", "il", "nous", "vous", "ils");

    private final FrenchChecker checker = new FrenchChecker();

    @Test
    void theCheckerNamesTheLabelledReasonForAtLeastNineInTen() throws IOException {
        List<String> lines = labelled();
        Map<String, int[]> byReason = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|");
            Diagnosis diagnosis = checker.check(FrenchVerbs.all().get(parts[0]), Tense.byId(parts[1]).orElseThrow(), doer(parts[2]), parts[3]);
            Reason want = Reason.valueOf(parts[4]);
            boolean named = diagnosis.reason().orElse(null) == want;
            int[] counts = byReason.computeIfAbsent(want.name(), reason -> new int[2]);
            counts[0]++;
            counts[1] += named ? 1 : 0;
            if (!named) {
                missed.add(line + " -> " + diagnosis.reason().map(Enum::name).orElse(diagnosis.right() ? "RIGHT" : "none"));
            }
            assertThat(diagnosis.right()).as(line).isEqualTo(want.accepted() && named);
        }
        int named = lines.size() - missed.size();
        System.out.printf("Labelled learner mistakes: %d, reason named for %d (%.1f%%)%n", lines.size(), named, 100.0 * named / lines.size());
        byReason.forEach((reason, counts) -> System.out.printf("  %-22s %3d/%3d%n", reason, counts[1], counts[0]));
        missed.forEach(line -> System.out.println("  missed: " + line));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(150);
        assertThat((double) named / lines.size()).isGreaterThanOrEqualTo(0.9);
    }

    static Doer doer(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            String base = text.equals("elle") ? "il" : text.equals("elles") ? "ils" : text;
            return new Doer(Person.at(PRONOUNS.indexOf(base)), text.startsWith("elle"), text, true);
        }
        Person person = Person.at(text.charAt(at + 1) - '1');
        return new Doer(person, text.charAt(at + 2) == 'f', text.substring(0, at), false);
    }

    private static List<String> labelled() throws IOException {
        try (var in = Objects.requireNonNull(LabelledMistakesTests.class.getResourceAsStream("/language/french/labelled-mistakes.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
