package dev.deliberate.practice.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The rule-based analyzer against sections written like real student work (some in Spanish), each
 * labelled with the criteria a teacher judged it to meet ({@code writing/labelled-sections.tsv}).
 * Prints the agreement per criterion; docs/practice-engine.md records the figures.
 */
class LabelledSectionsTests {

    private final WritingAnalyzer analyzer = new WritingAnalyzer();
    private final TopicBank bank = new TopicBank();

    @Test
    void theRulesAgreeWithATeachersLabelsOnEveryCriterion() throws IOException {
        List<Labelled> sections = sections("/writing/labelled-sections.tsv");
        double overall = agreement("labelled sections (the rules were tuned on these)", sections);

        assertThat(sections).hasSizeGreaterThanOrEqualTo(60);
        assertThat(sections.stream().filter(s -> Draft.of(s.paragraphs()).lexicon() == Lexicon.SPANISH).count()).isGreaterThanOrEqualTo(20);
        assertThat(overall).as("overall agreement").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void sectionsWrittenAfterTheRulesWereTunedAgreeToo() throws IOException {
        List<Labelled> sections = sections("/writing/labelled-heldout.tsv");

        assertThat(agreement("held-out sections (never used to change the rules)", sections)).isGreaterThanOrEqualTo(0.8);
    }

    /** Prints the agreement per criterion and every disagreement; returns the overall agreement. */
    private double agreement(String title, List<Labelled> sections) {
        Map<String, int[]> agreement = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Labelled section : sections) {
            Draft draft = Draft.of(section.paragraphs());
            List<Finding> findings = analyzer.analyze(section.task(), draft, bank.given(section.task(), section.set(),
                    draft.lexicon().language()));
            section.labels().forEach((criterion, expected) -> {
                Finding finding = findings.stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
                boolean met = finding.met();
                int[] counts = agreement.computeIfAbsent(criterion, c -> new int[2]);
                counts[1]++;
                if (met == expected) {
                    counts[0]++;
                }
                else {
                    disagreements.add(criterion + " expected " + expected + " (" + finding.comment().code() + "): "
                            + String.join(" / ", section.paragraphs()));
                }
            });
        }
        int agreed = agreement.values().stream().mapToInt(c -> c[0]).sum();
        int judged = agreement.values().stream().mapToInt(c -> c[1]).sum();
        long spanish = sections.stream().filter(s -> Draft.of(s.paragraphs()).lexicon() == Lexicon.SPANISH).count();
        System.out.printf("Writing rules on %d %s, %d in Spanish: %d of %d judgements agree (%.1f%%)%n", sections.size(), title, spanish,
                agreed, judged, 100.0 * agreed / judged);
        agreement.forEach((criterion, c) -> System.out.printf("  %-17s %3d/%-3d %5.1f%%%n", criterion, c[0], c[1], 100.0 * c[0] / c[1]));
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        return (double) agreed / judged;
    }

    private static List<Labelled> sections(String resource) throws IOException {
        List<Labelled> sections = new ArrayList<>();
        try (InputStream in = LabelledSectionsTests.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Map<String, Boolean> labels = new TreeMap<>();
                for (String label : cols[2].split(" ")) {
                    String[] kv = label.split(":");
                    labels.put(kv[0], kv[1].equals("1"));
                }
                sections.add(new Labelled(Task.valueOf(cols[0]), cols[1], labels, Arrays.asList(cols[3].split(" / "))));
            }
        }
        return sections;
    }

    private record Labelled(Task task, String set, Map<String, Boolean> labels, List<String> paragraphs) {
    }
}
