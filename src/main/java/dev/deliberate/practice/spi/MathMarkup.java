package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Objects;

/**
 * Math written as MathML, which browsers render without a script. A value can only be built from
 * these factories, and every text in it is escaped, so a page may place {@link #inline()} or
 * {@link #block()} unescaped: no markup but MathML's own elements can get in.
 */
public final class MathMarkup {

    private final String xml;
    private final String text;

    private MathMarkup(String xml, String text) {
        this.xml = xml;
        this.text = text;
    }

    /** A number, {@code <mn>}: {@code 19}, {@code 2.5}. */
    public static MathMarkup number(String digits) {
        return element("mn", escape(digits));
    }

    /** A letter standing for a value, {@code <mi>}: {@code x}. */
    public static MathMarkup identifier(String name) {
        return element("mi", escape(name));
    }

    /** An operator or a bracket, {@code <mo>}: {@code +}, {@code −}, {@code (}. */
    public static MathMarkup operator(String symbol) {
        return element("mo", escape(symbol));
    }

    /** Parts written one after another, grouped, {@code <mrow>}. */
    public static MathMarkup row(MathMarkup... parts) {
        return row(List.of(parts));
    }

    /** Parts written one after another, grouped, {@code <mrow>}. */
    public static MathMarkup row(List<MathMarkup> parts) {
        StringBuilder inner = new StringBuilder();
        parts.forEach(part -> inner.append(part.xml));
        return element("mrow", inner.toString());
    }

    /** A built-up fraction, {@code <mfrac>}. */
    public static MathMarkup fraction(MathMarkup numerator, MathMarkup denominator) {
        return element("mfrac", numerator.xml + denominator.xml);
    }

    /** A base with an exponent, {@code <msup>}. */
    public static MathMarkup power(MathMarkup base, MathMarkup exponent) {
        return element("msup", base.xml + exponent.xml);
    }

    /** The same formula carrying its plain-text form ({@code alttext}), as learners would type it. */
    public MathMarkup described(String plainText) {
        return new MathMarkup(xml, plainText);
    }

    /** The plain-text form given to {@link #described}, or null. */
    public String text() {
        return text;
    }

    /** The whole formula, to stand in a line of text. */
    public String inline() {
        return "<math" + alt() + ">" + xml + "</math>";
    }

    /** The whole formula, on a line of its own. */
    public String block() {
        return "<math display=\"block\"" + alt() + ">" + xml + "</math>";
    }

    private String alt() {
        return text == null ? "" : " alttext=\"" + escape(text) + "\"";
    }

    private static MathMarkup element(String name, String content) {
        return new MathMarkup("<" + name + ">" + content + "</" + name + ">", null);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MathMarkup markup && markup.xml.equals(xml) && Objects.equals(markup.text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(xml, text);
    }

    @Override
    public String toString() {
        return inline();
    }
}
