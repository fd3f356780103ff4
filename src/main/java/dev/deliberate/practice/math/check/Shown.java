package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.number.Rational;

/** Numbers, terms and equations written the way feedback messages show them. */
final class Shown {

    private Shown() {
    }

    static String number(Rational value) {
        return number(value, NumberStyle.FRACTION);
    }

    /** In the style of the equation it comes from: 117.75 beside an equation with decimals, not 471/4. */
    static String number(Rational value, NumberStyle style) {
        return ExpressionPrinter.display().print(style.write(value));
    }

    static String form(LinearForm form, char unknown) {
        return ExpressionPrinter.display().print(CanonicalForm.of(form, unknown, NumberStyle.FRACTION));
    }

    /** A term's value with an explicit sign: {@code +6}, {@code −2x}. */
    static String signed(LinearForm value, char unknown) {
        String text = form(value, unknown);
        return text.charAt(0) == '\u2212' ? text : "+" + text;
    }

    static String equation(Equation equation) {
        return ExpressionPrinter.display().print(equation);
    }
}
