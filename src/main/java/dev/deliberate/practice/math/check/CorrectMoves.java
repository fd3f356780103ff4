package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a correct single step could produce from a state (move one term, divide or multiply
 * both sides), used to recognise an arithmetic slip: the learner's line has the same shape as one
 * of them and differs in exactly one number.
 */
final class CorrectMoves {

    private CorrectMoves() {
    }

    static List<LinearForm[]> from(State state) {
        LinearForm left = state.form(true);
        LinearForm right = state.form(false);
        List<LinearForm[]> moves = new ArrayList<>();
        moves.add(new LinearForm[] {left, right});
        for (boolean leftSide : new boolean[] {true, false}) {
            for (Term term : state.side(leftSide)) {
                moves.add(new LinearForm[] {left.minus(term.value()), right.minus(term.value())});
            }
        }
        List<Rational> factors = new ArrayList<>(state.coefficients().stream().map(Rational::reciprocal).toList());
        factors.addAll(state.denominators());
        for (Rational factor : factors) {
            moves.add(new LinearForm[] {left.times(factor), right.times(factor)});
        }
        return moves;
    }

    /** Whether the learner's sides differ from the move's in exactly one number (either way round). */
    static boolean oneNumberOff(LinearForm[] move, LinearForm left, LinearForm right) {
        return differences(move[0], move[1], left, right) == 1 || differences(move[1], move[0], left, right) == 1;
    }

    private static int differences(LinearForm a, LinearForm b, LinearForm left, LinearForm right) {
        int count = 0;
        count += a.coefficient().equals(left.coefficient()) ? 0 : 1;
        count += a.constant().equals(left.constant()) ? 0 : 1;
        count += b.coefficient().equals(right.coefficient()) ? 0 : 1;
        count += b.constant().equals(right.constant()) ? 0 : 1;
        return count;
    }
}
