package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells: quoting, and formulas a spreadsheet would run written as text. */
class ClassCsvTests {

    @Test
    void cellsWithSeparatorsOrQuotesAreQuoted() {
        assertThat(ClassCsv.cell("plain")).isEqualTo("plain");
        assertThat(ClassCsv.cell("Okafor, Amara")).isEqualTo("\"Okafor, Amara\"");
        assertThat(ClassCsv.cell("Dara \"D\" O'Neill")).isEqualTo("\"Dara \"\"D\"\" O'Neill\"");
        assertThat(ClassCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(ClassCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ClassCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(ClassCsv.cell("-12")).as("a negative number stays a number").isEqualTo("-12");
    }
}
