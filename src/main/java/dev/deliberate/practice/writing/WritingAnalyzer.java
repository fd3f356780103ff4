package dev.deliberate.practice.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based analyzer: every criterion of a task judged on the learner's text, language
 * correctness last. No model, no network: the same text always gets the same findings.
 */
final class WritingAnalyzer {

    /**
     * The findings for a text written for {@code task}.
     *
     * @param given the texts the task gave, in the language of the draft: the thesis (for a
     *              conclusion), or the two paragraphs to link (for a transition); null when none
     */
    List<Finding> analyze(Task task, Draft draft, Given given) {
        List<Finding> findings = new ArrayList<>();
        for (String criterion : task.criteria()) {
            findings.add(judge(task, criterion, draft, given));
        }
        findings.add(LanguageRules.language(draft));
        return findings;
    }

    private static Finding judge(Task task, String criterion, Draft draft, Given given) {
        return switch (criterion) {
            case "thesis" -> StructureRules.thesis(draft);
            case "hook" -> StructureRules.hook(draft);
            case "roadmap" -> StructureRules.roadmap(draft);
            case "claim" -> ArgumentRules.claim(draft);
            case "evidence" -> ArgumentRules.evidence(draft);
            case "reasoning" -> ArgumentRules.reasoning(draft, task == Task.REASONING);
            case "transition" -> ArgumentRules.transition(draft, given == null ? null : given.before(), given == null ? null : given.after());
            case "counter-argument" -> ArgumentRules.counterArgument(draft);
            case "conclusion" -> ArgumentRules.conclusion(draft, given == null ? null : given.thesis());
            default -> throw new IllegalArgumentException("no rule for " + criterion);
        };
    }

    /** What a task gave the learner to work from, in the draft's language. */
    record Given(String thesis, String before, String after) {
    }
}
