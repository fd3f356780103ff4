package dev.deliberate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Moodle's grader report (Grades in the course) as the teacher reads it: one row per student, one
 * column per graded activity. Grades are compared in whole percent, as the tool shows its score.
 */
final class GraderReport {

    /** The tool waits for a quiet moment (5 s) before it sends a score; Moodle then shows it at once. */
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Pattern GRADE = Pattern.compile("-?\\d+\\.\\d+");

    private final MoodleBrowser teacher;
    private final long courseId;

    GraderReport(MoodleBrowser teacher, long courseId) {
        this.teacher = teacher;
        this.courseId = courseId;
    }

    /** Reloads the report until the student's grade for the activity is the score, or fails after a minute. */
    void awaitGrade(String student, String activity, int score) {
        long start = System.nanoTime();
        new WebDriverWait(teacher.driver, DELIVERY, Duration.ofSeconds(2)).withMessage(
                () -> student + "'s grade for " + activity + " to be " + score + " in Moodle (it is " + grade(student, activity) + ")")
                .until(driver -> Integer.valueOf(score).equals(reload().grade(student, activity)));
        System.out.printf("  %s: %d in Moodle's grader report for \"%s\" (waited %.1f s)%n", student, score, activity,
                (System.nanoTime() - start) / 1e9);
    }

    private GraderReport reload() {
        teacher.open("/grade/report/grader/index.php?id=" + courseId);
        teacher.visible("#user-grades");
        return this;
    }

    /** The grade shown, rounded to whole points; null when Moodle shows none. */
    Integer grade(String student, String activity) {
        if (teacher.driver.findElements(By.id("user-grades")).isEmpty()) {
            reload();
        }
        String item = column(activity);
        List<WebElement> rows = teacher.driver.findElements(By.cssSelector("#user-grades tr[data-uid]"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(student)).findFirst()
                .orElseThrow(() -> new AssertionError(student + " is not in Moodle's grader report"));
        WebElement cell = row.findElement(By.cssSelector("td[data-itemid='" + item + "']"));
        // in edit mode the grade is an input's value, otherwise the cell's text
        List<WebElement> input = cell.findElements(By.cssSelector("input[name^='grade']"));
        Matcher grade = GRADE.matcher(input.isEmpty() ? cell.getText() : input.get(0).getAttribute("value"));
        return grade.find() ? (int) Math.round(Double.parseDouble(grade.group())) : null;
    }

    private String column(String activity) {
        List<WebElement> headers = teacher.driver.findElements(By.cssSelector("#user-grades th[data-itemid]"));
        WebElement header = headers.stream().filter(h -> h.getText().contains(activity)).findFirst()
                .orElseThrow(() -> new AssertionError("no column for " + activity + " in Moodle's grader report"));
        assertThat(headers.stream().filter(h -> h.getText().contains(activity))).as("one column for " + activity).hasSize(1);
        return header.getAttribute("data-itemid");
    }
}
