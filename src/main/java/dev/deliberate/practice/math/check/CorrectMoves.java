package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines a correct single step could produce from a state (move one term, divide or multiply
 * both sides), used to recognise an arithmetic slip: the learner's line has the same shape as one
 * of them and differs in exactly one number, and that number is one a slip of the pen or of mental
 * arithmetic gives ({@link #slipped}).
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

    /**
     * Whether the learner's sides differ from the move's in exactly one number (either way round),
     * and that number is a slip away from the right one; true for the left side when the slip is there.
     */
    static Optional<Boolean> slipOnLeft(LinearForm[] move, LinearForm left, LinearForm right) {
        return slip(move[0], move[1], left, right).or(() -> slip(move[1], move[0], left, right));
    }

    private static Optional<Boolean> slip(LinearForm a, LinearForm b, LinearForm left, LinearForm right) {
        List<Rational[]> differences = new ArrayList<>();
        boolean onLeft = false;
        for (Rational[] pair : List.of(new Rational[] {a.coefficient(), left.coefficient()},
                new Rational[] {a.constant(), left.constant()})) {
            if (!pair[0].equals(pair[1])) {
                differences.add(pair);
                onLeft = true;
            }
        }
        for (Rational[] pair : List.of(new Rational[] {b.coefficient(), right.coefficient()},
                new Rational[] {b.constant(), right.constant()})) {
            if (!pair[0].equals(pair[1])) {
                differences.add(pair);
            }
        }
        return differences.size() == 1 && slipped(differences.get(0)[1], differences.get(0)[0])
                ? Optional.of(onLeft) : Optional.empty();
    }

    /**
     * Whether {@code written} is a slip away from {@code right}: off by 1, 2 or 10, only its sign
     * changed, or one digit different in a number written with as many characters: the last digit,
     * or another digit off by one (a carry).
     */
    static boolean slipped(Rational written, Rational right) {
        Rational gap = written.minus(right).abs();
        if (gap.equals(Rational.ONE) || gap.equals(Rational.of(2)) || gap.equals(Rational.of(10))
                || written.equals(right.negate())) {
            return true;
        }
        if (written.signum() != right.signum() || !written.isTerminatingDecimal() || !right.isTerminatingDecimal()) {
            return false;
        }
        String a = decimal(written.abs());
        String b = decimal(right.abs());
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        boolean carry = true;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                carry = i == a.length() - 1 || Math.abs(a.charAt(i) - b.charAt(i)) == 1;
            }
        }
        return differences == 1 && carry;
    }

    private static String decimal(Rational value) {
        return new java.math.BigDecimal(value.numerator()).divide(new java.math.BigDecimal(value.denominator()))
                .stripTrailingZeros().toPlainString();
    }
}
