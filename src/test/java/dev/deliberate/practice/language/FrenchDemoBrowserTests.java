package dev.deliberate.practice.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.language.french.Spelling;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * French on the demo LMS in a real browser: a teacher adds a French assignment (passé composé with
 * être) through Deep Linking; a student answers a drill with the wrong auxiliary and sees that
 * reason, types a form without its accent and sees that reason, then answers a turn of a scripted
 * dialogue and the dialogue goes on. Screenshots go to target/screenshots, one at a phone's size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchDemoBrowserTests extends IntegrationTestSupport {

    private static final String SKILL = "french-compound-past-etre";

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    private final FrenchSubject french = new FrenchSubject();

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aTeacherAddsFrenchAndAStudentSeesTheAuxiliaryAndAccentReasonsThenTalks() throws IOException {
        String link = teacherAddsFrench();
        browser.switchTo().defaultContent();
        browser.get(baseUrl + "/demo?link=" + link);
        browser.findElement(By.cssSelector("form[data-person='demo-student-07'] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#interests button[type=submit]"))).click();
        screenshot("french-first-item");

        long item = waitForNewItem(0);
        ItemSpec first = spec(item);
        assertThat(first.skillId()).isEqualTo(SKILL);
        submit(mistake(first, "WRONG_AUXILIARY"));
        assertThat(feedback("takes être in the passé composé")).startsWith("The right form is");
        screenshot("french-wrong-auxiliary");

        boolean accentSeen = false;
        boolean talked = false;
        for (int step = 0; step < 8 && !(accentSeen && talked); step++) {
            ItemSpec spec = spec(item);
            String right = french.regenerate(spec).answer();
            if (!accentSeen) {
                String unaccented = Spelling.fold(right.substring(0, 1)) + Spelling.fold(right).substring(1);
                Checked checked = french.check(spec, new Response(unaccented, List.of()));
                if ("MISSING_ACCENT".equals(checked.misconception())) {
                    submit(unaccented);
                    feedback("without its accent");
                    screenshot("french-missing-accent");
                    accentSeen = true;
                }
            }
            boolean turn = spec.wording().startsWith("talk|");
            if (turn) {
                String statement = browser.findElement(By.id("statement")).getText();
                assertThat(statement).contains("«", "a French sentence that starts with je", "Ideas:");
                screenshot("french-dialogue-turn");
                browser.manage().window().setSize(new Dimension(390, 844));
                browser.switchTo().defaultContent();
                browser.executeScript("document.getElementsByName('tool')[0].scrollIntoView()");
                browser.switchTo().frame("tool");
                browser.executeScript("document.getElementById('statement').scrollIntoView()");
                screenshot("french-dialogue-turn-390");
                browser.manage().window().setSize(new Dimension(1400, 1000));
            }
            submit(right);
            long next = waitForNewItem(item);
            if (turn) {
                assertThat(spec(next).wording()).as("the dialogue goes on after a turn answered").startsWith("talk|");
                talked = true;
            }
            item = next;
        }
        assertThat(accentSeen).as("a form with an accent came up").isTrue();
        assertThat(talked).as("a dialogue turn came up after two drills").isTrue();
    }

    /** The teacher's Deep Linking: French, passé composé with être only, no reflection; the new link's id. */
    private String teacherAddsFrench() throws IOException {
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-deep-linking] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deep-linking")));
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Passé composé avec être");
        browser.findElement(By.id("subject-french")).click();
        for (WebElement box : browser.findElements(By.cssSelector("fieldset[data-subject=french] input[name=skills]"))) {
            if (box.isSelected() != box.getAttribute("value").equals(SKILL)) {
                box.click();
            }
        }
        WebElement reflection = browser.findElement(By.id("reflection"));
        if (reflection.isSelected()) {
            reflection.click();
        }
        screenshot("french-deep-linking");
        browser.findElement(By.cssSelector("#deep-linking button[type=submit]")).click();
        WebElement added = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deep-linking-added q[data-link]")));
        assertThat(added.getText()).isEqualTo("Passé composé avec être");
        return added.getAttribute("data-link");
    }

    private String mistake(ItemSpec spec, String misconception) {
        return french.typicalMistakes(spec).stream().map(Response::answer)
                .filter(answer -> misconception.equals(french.check(spec, new Response(answer, List.of())).misconception()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + misconception + " mistake on " + spec.wording()));
    }

    private void submit(String answer) {
        WebElement box = browser.findElement(By.id("answer"));
        box.clear();
        box.sendKeys(answer);
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
    }

    /** The feedback once it says {@code words} (the last answer's feedback may still be on screen a moment). */
    private String feedback(String words) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback"), words));
        return browser.findElement(By.id("feedback")).getText();
    }

    private ItemSpec spec(long itemId) {
        return jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
    }

    private long waitForNewItem(long previous) {
        return wait.until(driver -> {
            Object value = ((JavascriptExecutor) driver).executeScript(
                    "var f = document.querySelector('input[name=itemId]'); return f ? f.value : null;");
            long id = value == null ? previous : Long.parseLong(value.toString());
            return id != previous ? id : null;
        });
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
