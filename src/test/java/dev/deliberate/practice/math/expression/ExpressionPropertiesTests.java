package dev.deliberate.practice.math.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExpressionPropertiesTests {

    @Property(tries = 1500)
    void plainTextReadsBackAsTheSameTree(@ForAll("expressions") Expression expression) {
        String text = ExpressionPrinter.plain().print(expression);
        assertThat(reparse(text)).as(text).isEqualTo(expression);
    }

    @Property(tries = 1500)
    void displayTextReadsBackAsTheSameTree(@ForAll("expressions") Expression expression) {
        String text = ExpressionPrinter.display().print(expression);
        assertThat(reparse(text)).as(text).isEqualTo(expression);
    }

    @Property(tries = 500)
    void theNormalFormDoesNotDependOnHowTheSidesAreWritten(@ForAll("expressions") Expression expression) {
        LinearForm form = LinearForm.of(expression);
        Expression tidy = CanonicalForm.of(form, 'x', NumberStyle.FRACTION);
        assertThat(LinearForm.of(reparse(ExpressionPrinter.display().print(tidy)))).isEqualTo(form);
        assertThat(MathMlPrinter.print(expression).inline()).startsWith("<math");
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return Arbitraries.longs().map(seed -> TestExpressions.linear(new Random(seed), 4))
                .filter(expression -> ExpressionPrinter.plain().print(expression).length() < EquationParser.MAX_LENGTH - 8);
    }

    private static Expression reparse(String text) {
        return EquationParser.parse(text + " = 0").value().left();
    }
}
