package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code 3(x − 2) → 3x − 2}, {@code −(x − 3) → −x − 3}, {@code (x + 6)/2 → x/2 + 6}: the number
 * in front of (or under) a bracket reaches only its first term.
 */
final class DistributionHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            for (Term term : state.side(leftSide)) {
                Optional<Bracket> bracket = Bracket.in(term);
                if (bracket.isPresent() && bracket.get().inside().size() > 1) {
                    LinearForm faulty = state.form(leftSide).minus(term.value()).plus(bracket.get().firstTermOnly());
                    candidates.add(state.candidate(diagnosis(bracket.get()), leftSide, faulty, state.form(!leftSide)));
                }
            }
        }
        return candidates;
    }

    private static Diagnosis diagnosis(Bracket bracket) {
        String group = "(" + ExpressionPrinter.display().print(bracket.group()) + ")";
        Rational multiplier = bracket.multiplier();
        if (bracket.division()) {
            return Diagnosis.of(Misconception.DIVIDE_ONE_TERM_ONLY, "divide-one-term-only.bracket", group,
                    Shown.number(multiplier.reciprocal().abs()));
        }
        if (multiplier.abs().equals(Rational.ONE)) {
            return Diagnosis.of(Misconception.DISTRIBUTE_FIRST_TERM_ONLY, "distribute-first-term-only.minus", group);
        }
        return Diagnosis.of(Misconception.DISTRIBUTE_FIRST_TERM_ONLY, "distribute-first-term-only", group,
                Shown.number(multiplier));
    }
}
