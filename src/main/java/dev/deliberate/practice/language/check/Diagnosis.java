package dev.deliberate.practice.language.check;

import java.util.List;
import java.util.Optional;

/**
 * The checker's judgement of one answer.
 *
 * @param right    whether the answer counts as right (perhaps with a warning)
 * @param findings the reasons found, the main one first; empty for a clean right answer
 * @param expected the right answer, as it should be written
 * @param empty    whether nothing was written
 */
public record Diagnosis(boolean right, List<Finding> findings, String expected, boolean empty) {

    public Diagnosis {
        findings = List.copyOf(findings);
    }

    public static Diagnosis clean(String expected) {
        return new Diagnosis(true, List.of(), expected, false);
    }

    public static Diagnosis blank(String expected) {
        return new Diagnosis(false, List.of(), expected, true);
    }

    /** Wrong, or right with only accepted slips, by the findings. */
    public static Diagnosis of(List<Finding> findings, String expected) {
        boolean right = findings.stream().allMatch(finding -> finding.reason().accepted());
        return new Diagnosis(right, findings, expected, false);
    }

    /** The main reason, if any. */
    public Optional<Reason> reason() {
        return findings.stream().findFirst().map(Finding::reason);
    }
}
