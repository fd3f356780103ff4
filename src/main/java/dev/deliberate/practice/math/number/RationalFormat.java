package dev.deliberate.practice.math.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link Rational}s the way learners and textbooks do: integers, {@code a/b},
 * decimals, mixed numbers ({@code 1 1/2}, {@code -2 3/4}, {@code 1½}), with an ASCII or unicode
 * minus.
 */
public final class RationalFormat {

    /** The typographic minus sign (U+2212) used in display text. */
    public static final char MINUS = '\u2212';

    private static final int MAX_DIGITS = 40;
    private static final String INT = "(\\d{1," + MAX_DIGITS + "})";
    private static final Pattern SIGNED = Pattern.compile("\\s*([-+\u2212\u2013]?)\\s*(.*?)\\s*");
    private static final Pattern INTEGER = Pattern.compile(INT);
    private static final Pattern DECIMAL = Pattern.compile(INT + "?[.,](\\d{1," + MAX_DIGITS + "})|" + INT + "\\.");
    private static final Pattern FRACTION = Pattern.compile(INT + "\\s*/\\s*" + INT);
    private static final Pattern MIXED = Pattern.compile(INT + "\\s+" + INT + "\\s*/\\s*" + INT);
    private static final Pattern VULGAR = Pattern.compile(INT + "?\\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])");
    private static final Map<Character, Rational> VULGAR_VALUES = Map.ofEntries(
            Map.entry('½', Rational.of(1, 2)), Map.entry('⅓', Rational.of(1, 3)), Map.entry('⅔', Rational.of(2, 3)),
            Map.entry('¼', Rational.of(1, 4)), Map.entry('¾', Rational.of(3, 4)), Map.entry('⅕', Rational.of(1, 5)),
            Map.entry('⅖', Rational.of(2, 5)), Map.entry('⅗', Rational.of(3, 5)), Map.entry('⅘', Rational.of(4, 5)),
            Map.entry('⅙', Rational.of(1, 6)), Map.entry('⅚', Rational.of(5, 6)), Map.entry('⅛', Rational.of(1, 8)),
            Map.entry('⅜', Rational.of(3, 8)), Map.entry('⅝', Rational.of(5, 8)), Map.entry('⅞', Rational.of(7, 8)));

    private RationalFormat() {
    }

    /** The number written in {@code text}, or empty when it is not one number. */
    public static Optional<Rational> parse(String text) {
        Matcher signed = SIGNED.matcher(text);
        if (!signed.matches()) {
            return Optional.empty();
        }
        boolean negative = !signed.group(1).isEmpty() && !signed.group(1).equals("+");
        return parseUnsigned(signed.group(2)).map(value -> negative ? value.negate() : value);
    }

    /** An unsigned decimal string such as {@code 0.75} or {@code 12}, exactly. */
    public static Rational parseDecimal(String digits) {
        return fromDecimal(new BigDecimal(digits.replace(',', '.')));
    }

    private static Optional<Rational> parseUnsigned(String body) {
        Matcher m;
        if ((m = INTEGER.matcher(body)).matches()) {
            return Optional.of(Rational.of(new BigInteger(m.group(1))));
        }
        if (DECIMAL.matcher(body).matches()) {
            return Optional.of(parseDecimal(body.startsWith(".") || body.startsWith(",") ? "0" + body : body));
        }
        if ((m = FRACTION.matcher(body)).matches()) {
            return fraction(BigInteger.ZERO, m.group(1), m.group(2), false);
        }
        if ((m = MIXED.matcher(body)).matches()) {
            return fraction(new BigInteger(m.group(1)), m.group(2), m.group(3), true);
        }
        if ((m = VULGAR.matcher(body)).matches()) {
            BigInteger whole = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
            return Optional.of(Rational.of(whole).plus(VULGAR_VALUES.get(m.group(2).charAt(0))));
        }
        return Optional.empty();
    }

    private static Optional<Rational> fraction(BigInteger whole, String top, String bottom, boolean proper) {
        BigInteger numerator = new BigInteger(top);
        BigInteger denominator = new BigInteger(bottom);
        if (denominator.signum() == 0 || (proper && numerator.compareTo(denominator) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(Rational.of(whole).plus(new Rational(numerator, denominator)));
    }

    private static Rational fromDecimal(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? new Rational(unscaled, BigInteger.TEN.pow(scale))
                : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    /** The terminating decimal, e.g. {@code -0.75}; empty when the expansion does not terminate. */
    public static Optional<String> decimal(Rational value) {
        if (!value.isTerminatingDecimal()) {
            return Optional.empty();
        }
        BigDecimal exact = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
        return Optional.of(exact.stripTrailingZeros().toPlainString());
    }

    /** A mixed number when the value is an improper fraction, e.g. {@code -2 3/4}; otherwise as usual. */
    public static String mixed(Rational value) {
        if (value.isInteger() || value.numerator().abs().compareTo(value.denominator()) < 0) {
            return value.toString();
        }
        BigInteger[] parts = value.numerator().abs().divideAndRemainder(value.denominator());
        String sign = value.signum() < 0 ? "-" : "";
        return sign + parts[0] + " " + parts[1] + "/" + value.denominator();
    }

    /** The value for display text: the plain form with a typographic minus. */
    public static String display(Rational value) {
        return value.toString().replace('-', MINUS);
    }
}
