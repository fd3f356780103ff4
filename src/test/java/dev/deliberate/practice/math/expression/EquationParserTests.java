package dev.deliberate.practice.math.expression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquationParserTests {

    @ParameterizedTest(name = "{0}: left {1}x + {2}, right {3}x + {4}")
    @CsvSource(delimiter = ';', value = {
            "2x + 3 = 7; 2; 0 + 3; 0; 7",
            "3x = 2(x+1); 3; 0; 2; 2",
            "-(x-3) = 4; -1; 3; 0; 4",
            "x/4 + 1 = 2; 1/4; 1; 0; 2",
            "(2/3)x = 4; 2/3; 0; 0; 4",
            "3/4x = 6; 3/4; 0; 0; 6",
            "2x/3 = 1; 2/3; 0; 0; 1",
            "−5y × 2 = 10 ÷ 4; -10; 0; 0; 5/2",
            "0.5x − 1.25 = 1 1/2; 1/2; -5/4; 0; 3/2",
            "3 - (x + 2) = x; -1; 1; 1; 0",
            "2^3x = 2 · x; 8; 0; 2; 0",
            "x + x + x = 3 * -2; 3; 0; 0; -6",
            "7 = x; 0; 7; 1; 0",
            "0,5x = 2; 1/2; 0; 0; 2"})
    void readsLinearFormsOfBothSides(String text, String leftA, String leftB, String rightA, String rightB) {
        Equation equation = EquationParser.parse(text).value();
        assertThat(equation.leftForm()).isEqualTo(new LinearForm(rational(leftA), rational(leftB)));
        assertThat(equation.rightForm()).isEqualTo(new LinearForm(rational(rightA), rational(rightB)));
    }

    @Test
    void keepsTheStructureTheLearnerWrote() {
        Equation equation = EquationParser.parse("2(x + 1) = 3x").value();
        assertThat(equation.left()).isEqualTo(Expression.times(Literal.integer(2),
                Expression.plus(new Unknown('x'), Literal.integer(1))));
        assertThat(equation.unknown()).isEqualTo('x');
    }

    @Test
    void acceptsAnySingleLetterAsTheUnknown() {
        Equation equation = EquationParser.parse("3m - 1 = 8").value();
        assertThat(equation.unknown()).isEqualTo('m');
        assertThat(equation.solutions()).isEqualTo(new SolutionSet.One(Rational.of(3)));
    }

    @Test
    void readsAnExpressionWithoutAnEqualsSign() {
        Expression expression = EquationParser.parseExpression("2(x + 1) - 3x", 1).value();
        assertThat(LinearForm.of(expression)).isEqualTo(new LinearForm(Rational.of(-1), Rational.of(2)));
        assertThat(EquationParser.parseExpression("2(x + 1", 4).error().englishText())
                .isEqualTo("line 4: unbalanced parenthesis at position 2");
    }

    @Test
    void recognisesIdentitiesAndContradictions() {
        assertThat(EquationParser.parse("2(x + 1) = 2x + 2").value().solutions()).isEqualTo(new SolutionSet.Every());
        assertThat(EquationParser.parse("x + 1 = x").value().solutions()).isEqualTo(new SolutionSet.None());
    }

    @Test
    void printsForLearnersAndAsMathMl() {
        Equation equation = EquationParser.parse("-2(x - 1/2) + (2/3)x = 3 * -4").value();
        assertThat(ExpressionPrinter.display().print(equation)).isEqualTo("−2(x − 1/2) + (2/3)x = 3 · (−4)");
        assertThat(ExpressionPrinter.plain().print(equation)).isEqualTo("-2(x - 1/2) + (2/3)x = 3 * -4");
        assertThat(MathMlPrinter.print(equation).inline()).isEqualTo("<math alttext=\"−2(x − 1/2) + (2/3)x = 3 · (−4)\"><mrow>"
                + "<mrow><mrow><mrow><mo>−</mo><mn>2</mn></mrow><mo>\u2062</mo><mrow><mo>(</mo><mrow><mi>x</mi><mo>−</mo>"
                + "<mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><mo>)</mo></mrow></mrow><mo>+</mo>"
                + "<mrow><mfrac><mn>2</mn><mn>3</mn></mfrac><mo>\u2062</mo><mi>x</mi></mrow></mrow>"
                + "<mo>=</mo><mrow><mn>3</mn><mo>·</mo><mrow><mo>(</mo><mrow><mo>−</mo><mn>4</mn></mrow><mo>)</mo></mrow></mrow></mrow></math>");
    }

    private static Rational rational(String text) {
        return text.contains(" + ") ? rational(text.split(" \\+ ")[1]) : RationalFormat.parse(text).orElseThrow();
    }
}
