package dev.deliberate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A student answering in the tool's practice page inside Moodle's iframe. */
final class Practice {

    private final MoodleBrowser student;
    private final ToolItems items;

    Practice(MoodleBrowser student, ToolItems items) {
        this.student = student;
        this.items = items;
    }

    /**
     * Answers in order: {@code R} right (the next problem comes), {@code W} wrong (feedback on the
     * same one). Returns the best assignment score the page showed on the way: the grade Moodle gets
     * is the best reached, since practice never lowers a grade.
     */
    int answer(String pattern) {
        int best = 0;
        for (char kind : pattern.toCharArray()) {
            long item = currentItem();
            if (kind == 'R') {
                submit(items.rightAnswer(item));
                assertThat(currentItem()).as("a new problem after a right answer").isNotEqualTo(item);
            }
            else {
                submit("x = 1000001");
                assertThat(student.visible("#feedback").getText()).as("feedback on a wrong answer").isNotBlank();
                assertThat(currentItem()).as("the same problem after a wrong answer").isEqualTo(item);
            }
            best = Math.max(best, Integer.parseInt(student.visible("#score").getText().replace("%", "").trim()));
        }
        return best;
    }

    private long currentItem() {
        WebElement field = student.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answer-form input[name=itemId]")));
        return Long.parseLong(field.getAttribute("value"));
    }

    /** Sends the answer and waits until htmx has swapped in the practice region that answers it. */
    private void submit(String answer) {
        WebElement region = student.visible("#practice");
        WebElement field = student.visible("#answer");
        field.clear();
        field.sendKeys(answer);
        student.click("#answer-form button[type=submit]");
        student.wait.until(ExpectedConditions.stalenessOf(region));
    }
}
