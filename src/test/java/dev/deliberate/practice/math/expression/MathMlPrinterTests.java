package dev.deliberate.practice.math.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MathMlPrinterTests {

    private static final Set<String> MATHML = Set.of("math", "mrow", "mi", "mn", "mo", "mfrac", "msup");

    @Test
    void aDivisionIsABuiltUpFractionAndAMinusIsTheMathSign() {
        assertThat(inner("x/4 = -3")).isEqualTo("<mrow><mfrac><mi>x</mi><mn>4</mn></mfrac><mo>=</mo><mrow><mo>−</mo><mn>3</mn></mrow></mrow>");
    }

    @Test
    void negativeOperandsKeepTheirBrackets() {
        assertThat(inner("2 + (-5) = x")).contains("<mo>+</mo><mrow><mo>(</mo><mrow><mo>−</mo><mn>5</mn></mrow><mo>)</mo></mrow>");
    }

    @Test
    void mixedNumbersAndDecimalsStayAsWritten() {
        assertThat(inner("x = 1 1/2")).contains("<mn>1</mn><mfrac><mn>1</mn><mn>2</mn></mfrac>");
        assertThat(inner("0.5x = 2.25")).contains("<mn>0.5</mn>", "<mn>2.25</mn>");
    }

    @Test
    void aFractionDividedByAFractionReadsWithTheDivisionSign() {
        assertThat(inner("(2/5) / (2/9) = x")).startsWith("<mrow><mrow><mfrac><mn>2</mn><mn>5</mn></mfrac><mo>÷</mo><mfrac>");
    }

    @Property(tries = 300)
    void everyTreeGivesWellFormedMathMlOnlyOfItsOwnElements(@ForAll("expressions") Expression expression) throws Exception {
        String xml = MathMlPrinter.print(expression).block();
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement();
        NodeList all = root.getElementsByTagName("*");
        Set<String> names = new HashSet<>(Set.of(root.getTagName()));
        for (int i = 0; i < all.getLength(); i++) {
            names.add(all.item(i).getNodeName());
        }
        assertThat(MATHML).containsAll(names);
        assertThat(root.getAttribute("alttext")).isEqualTo(ExpressionPrinter.display().print(expression));
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return Arbitraries.longs().map(seed -> TestExpressions.linear(new Random(seed), 4));
    }

    private static String inner(String equation) {
        String math = MathMlPrinter.print(EquationParser.parse(equation).value()).inline();
        return math.substring(math.indexOf('>') + 1, math.length() - "</math>".length());
    }
}
