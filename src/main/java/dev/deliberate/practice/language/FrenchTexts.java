package dev.deliberate.practice.language;

import java.util.ArrayList;
import java.util.List;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Finding;
import dev.deliberate.practice.language.french.Auxiliary;
import dev.deliberate.practice.language.french.Dialogues;
import dev.deliberate.practice.language.french.FrenchDrill;
import dev.deliberate.practice.language.french.FrenchItem;
import dev.deliberate.practice.language.verb.Tense;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.WorkedLine;

/** The message codes the French subject speaks in ({@code french.*} in {@code messages/messages*.properties}). */
final class FrenchTexts {

    /** What the learner reads: the instruction in their language, the French sentence with its gap. */
    Text statement(FrenchItem item, FrenchDrill drill) {
        Text tense = Text.of("french.tense." + item.tense().id());
        if (item.kind() == FrenchItem.Kind.TRANSFORM) {
            return Text.of("french.item.transform", drill.presentSentence(item), item.gapped(), item.cue());
        }
        return Text.of("french.item.cloze", tense, item.gapped(), item.cue());
    }

    /** The right form, and the rule behind each reason found (two at most), in one short sentence each. */
    Text feedback(FrenchItem item, Diagnosis diagnosis) {
        String expected = diagnosis.expected();
        if (diagnosis.findings().isEmpty()) {
            return Text.of("french.feedback.right", expected);
        }
        List<Text> reasons = new ArrayList<>();
        for (Finding finding : diagnosis.findings().subList(0, Math.min(2, diagnosis.findings().size()))) {
            String avoir = finding.reason() == dev.deliberate.practice.language.check.Reason.WRONG_AGREEMENT
                    && finding.detail().equals("avoir") ? ".avoir" : "";
            reasons.add(Text.of("french.reason." + finding.reason().key() + avoir, expected, item.verb().name(), finding.detail(),
                    Text.of("french.tense." + item.tense().id())));
        }
        String code = diagnosis.right() ? "french.feedback.warning" : "french.feedback.wrong";
        return reasons.size() == 1 ? Text.of(code, expected, reasons.get(0)) : Text.of(code + ".two", expected, reasons.get(0), reasons.get(1));
    }

    /** Hint rungs: 1 how the tense is built, 2 the auxiliary or stem of this verb, 3 the first letters. */
    Text hint(FrenchItem item, FrenchDrill drill, int rung) {
        return switch (rung) {
            case 1 -> Text.of("french.hint.rule." + item.tense().id());
            case 2 -> Text.of("french.hint.block." + item.tense().id(), item.verb().name(), drill.buildingBlock(item));
            default -> Text.of("french.hint.start", drill.answer(item).substring(0, Math.min(3, drill.answer(item).length())));
        };
    }

    /** A dialogue turn: the situation, the other person's line (what it means, for a scripted line), the form to answer with. */
    Text turn(Dialogues.Turn turn, Dialogues.Dialogue dialogue, String modelLine) {
        Text situation = Text.of("french.talk.gloss", dialogue.english(), dialogue.spanish());
        Text ask = Text.of("french.talk.ask", turn.doer().words(), turn.verb().name(), Text.of("french.tense." + turn.tense().id()),
                String.join(" · ", turn.ideas()));
        return modelLine == null
                ? Text.of("french.talk.turn", situation, turn.line(), Text.of("french.talk.gloss", turn.english(), turn.spanish()), ask)
                : Text.of("french.talk.turn.model", situation, modelLine, ask);
    }

    /** An answer in which no form of the verb could be found. */
    Text notFound(FrenchItem item, String expected, String example) {
        return Text.of("french.talk.not-found", expected, item.verb().name(), Text.of("french.tense." + item.tense().id()), example);
    }

    /** A sentence to translate from the learner's language, the verb and tense to use named. */
    Text translation(dev.deliberate.practice.language.french.Translations.Prompt prompt) {
        return Text.of("french.translate.item", Text.of("french.talk.gloss", prompt.english(), prompt.spanish()), prompt.verb().name(),
                Text.of("french.tense." + prompt.tense().id()));
    }

    /** The worked example of a translation: how the tense is built, the verb's block, the French sentence. */
    List<WorkedLine> workedTranslation(String french, FrenchItem item, FrenchDrill drill) {
        return List.of(new WorkedLine(drill.answer(item), null, Text.of("french.hint.rule." + item.tense().id())),
                new WorkedLine(drill.buildingBlock(item), null,
                        Text.of("french.hint.block." + item.tense().id(), item.verb().name(), drill.buildingBlock(item))),
                new WorkedLine(french, null, Text.of("french.worked.done")));
    }

    /** The worked example of a turn: the line, how the form is built, a whole answer. */
    List<WorkedLine> workedTurn(Dialogues.Turn turn, FrenchItem item, FrenchDrill drill, String example) {
        return List.of(new WorkedLine("«" + turn.line() + "»", null, Text.of("french.hint.rule." + turn.tense().id())),
                new WorkedLine(drill.buildingBlock(item), null,
                        Text.of("french.hint.block." + turn.tense().id(), turn.verb().name(), drill.buildingBlock(item))),
                new WorkedLine(example, null, Text.of("french.worked.done")));
    }

    /** The rule, the auxiliary or stem, for the passé composé the participle, then the sentence. */
    List<WorkedLine> workedExample(FrenchItem item, FrenchDrill drill) {
        List<WorkedLine> lines = new ArrayList<>(List.of(new WorkedLine(item.gapped(), null, Text.of("french.hint.rule." + item.tense().id())),
                new WorkedLine(drill.buildingBlock(item), null,
                        Text.of("french.hint.block." + item.tense().id(), item.verb().name(), drill.buildingBlock(item)))));
        if (item.tense() == Tense.COMPOUND_PAST) {
            String participle = drill.participle(item);
            lines.add(new WorkedLine(participle, null, Text.of(item.verb().compoundAuxiliary() == Auxiliary.ETRE
                    ? "french.worked.participle.etre" : "french.worked.participle", item.verb().name(), participle)));
        }
        lines.add(new WorkedLine(item.filled(drill.answer(item)), null, Text.of("french.worked.done")));
        return List.copyOf(lines);
    }
}
