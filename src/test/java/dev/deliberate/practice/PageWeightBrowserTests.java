package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.MathMlPrinter;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.ClaimedLaunches;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.TestPlatform;

/**
 * What a student's browser downloads, read from Chromium's resource timing on a cold cache: the
 * first practice page with everything it loads under 150 KB, each answer (the htmx response) under
 * 10 KB, and on a second visit the hashed scripts and styles come from the cache without a request.
 * Prints the figures (docs/benchmarks.md "Page weight") and leaves screenshots of the math at a
 * desktop and a phone width in target/screenshots. Meanwhile, and while a teacher of the same
 * course goes through the class view, the drill-down and the mistakes of the week, the browser
 * reports no Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightBrowserTests extends IntegrationTestSupport {

    private static final String FIGURES = """
            var nav = performance.getEntriesByType('navigation')[0];
            return { page: nav ? nav.transferSize : 0, resources: performance.getEntriesByType('resource')
                .map(function (r) { return { name: r.name, type: r.initiatorType, bytes: r.transferSize }; }) };
            """;

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Subjects subjects;

    ChromeDriver browser;
    WebDriverWait wait;
    ClaimedLaunches lms;

    @BeforeAll
    void open() {
        browser = Browsers.chromium(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        lms = new ClaimedLaunches(baseUrl, registry, clock);
        // runs before any script of each page, outside the page's policy
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.__violations = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    @AfterAll
    void close() {
        browser.quit();
        lms.close();
    }

    @Test
    void theFirstPageAndEachAnswerAreLightAndAssetsAreCachedForAYear() throws IOException {
        Launched student = lms.launch(claims -> claims);
        assertThat(student.post("/student/interests", Map.of("interest", "music")).status()).isEqualTo(200);
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.executeCdpCommand("Network.setCookie", Map.of("name", "dlb_session", "value", student.token(), "url", baseUrl + "/"));

        browser.get(baseUrl + "/student");
        long item = currentItem(0);
        Weight first = weigh();
        System.out.printf("Page weight, first practice page (cold cache): %d bytes = document %d + %s%n", first.total(),
                first.page(), first.resources());
        assertThat(browser.findElements(By.cssSelector("#statement math, .math-display math"))).as("the equation as MathML").isNotEmpty();
        assertThat(first.resources()).as("no KaTeX").noneMatch(r -> r.get("name").toString().contains("katex"));
        assertThat(first.total()).as("first page, bytes transferred").isLessThan(150 * 1024);
        screenshots("weight-problem");

        browser.executeScript("performance.clearResourceTimings();");
        mistake(item);
        wait.until(d -> !browser.findElements(By.id("feedback")).isEmpty());
        long wrong = answerBytes();
        browser.executeScript("performance.clearResourceTimings();");
        browser.findElement(By.id("work")).clear();
        answer("x = " + prepared(item).answer());
        currentItem(item);
        long right = answerBytes();
        System.out.printf("Page weight, one answer (htmx): %d bytes for a mistake's feedback, %d bytes for a solved one and the next problem%n",
                wrong, right);
        assertThat(wrong).as("feedback on a mistake").isPositive().isLessThan(10 * 1024);
        assertThat(right).as("the next problem").isPositive().isLessThan(10 * 1024);

        assertNoPolicyViolation("the first page and its answers");
        browser.get(baseUrl + "/student");
        currentItem(0);
        Weight again = weigh();
        System.out.printf("Page weight, second visit: document %d bytes, assets %s%n", again.page(), again.resources());
        assertThat(again.resources()).as("scripts and styles from the cache, not asked for again")
                .filteredOn(r -> List.of("script", "link").contains(r.get("type")))
                .isNotEmpty().allSatisfy(r -> assertThat(((Number) r.get("bytes")).longValue()).isZero());
        assertNoPolicyViolation("the student's practice");

        Launched teacher = lms.launch(claims -> claims.claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR)));
        browser.executeCdpCommand("Network.setCookie", Map.of("name", "dlb_session", "value", teacher.token(), "url", baseUrl + "/"));
        browser.get(baseUrl + "/teacher");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href^='/teacher/students/']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-mastery-chart][data-drawn=true]")));
        assertNoPolicyViolation("the drill-down");
        browser.get(baseUrl + "/teacher");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("class-misconceptions-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='/teacher/class/misconceptions/example']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".projection .pitfall math")));
        screenshots("weight-projection");
        assertNoPolicyViolation("the teacher's class view, drill-down and mistakes of the week");
    }

    private void assertNoPolicyViolation(String where) {
        assertThat((List<?>) browser.executeScript("return window.__violations;")).as("CSP violations on " + where).isEmpty();
    }

    /** The work of the problem on screen with one line as a student who changes one side only writes it. */
    private void mistake(long item) {
        PracticeSubject math = subjects.get("math");
        ItemSpec spec = spec(item);
        Pitfall pitfall = math.pitfall(spec, "ONE_SIDE_ONLY").orElseThrow();
        List<String> work = new ArrayList<>(math.workedExample(spec).stream().skip(1).limit(pitfall.step() - 1L)
                .map(line -> line.text()).toList());
        work.add(pitfall.wrong().text());
        browser.findElement(By.id("work")).sendKeys(String.join(Keys.chord(Keys.SHIFT, Keys.ENTER), work));
        answer("x = 1000");
    }

    @Test
    void fractionsNegativesAndBracketsTypesetAtDesktopAndPhoneWidths() throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=en><head><link rel=stylesheet href='" + baseUrl
                + "/css/deliberate.css'></head><body><main><ol>");
        for (String equation : List.of("x/4 - 3 = -7", "-2(x - 1/2) + (2/3)x = 3 * -4", "(2/5) / (2/9) = x", "1 1/2x = -2.25",
                "3(x + 4) - 2(x - 1) = -(x - 5)")) {
            html.append("<li><p class=math-display>").append(MathMlPrinter.print(EquationParser.parse(equation).value()).block())
                    .append("</p></li>");
        }
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(html + "</ol></main></body></html>", StandardCharsets.UTF_8)
                .replace("+", "%20"));
        Number fractionHeight = (Number) browser.executeScript("return document.querySelector('mfrac').getBoundingClientRect().height;");
        Number lineHeight = (Number) browser.executeScript("return document.querySelector('mn').getBoundingClientRect().height;");
        assertThat(fractionHeight.doubleValue()).as("a built-up fraction is taller than a digit").isGreaterThan(lineHeight.doubleValue() * 1.5);
        screenshots("weight-math");
    }

    private record Weight(long page, List<Map<String, Object>> resources) {
        long total() {
            return page + resources.stream().mapToLong(r -> ((Number) r.get("bytes")).longValue()).sum();
        }
    }

    @SuppressWarnings("unchecked")
    private Weight weigh() {
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState;")));
        Map<String, Object> figures = (Map<String, Object>) browser.executeScript(FIGURES);
        return new Weight(((Number) figures.get("page")).longValue(), (List<Map<String, Object>>) figures.get("resources"));
    }

    @SuppressWarnings("unchecked")
    private long answerBytes() {
        List<Map<String, Object>> entries = wait.until(d -> {
            List<Map<String, Object>> found = ((List<Map<String, Object>>) ((Map<String, Object>) browser.executeScript(FIGURES))
                    .get("resources")).stream().filter(r -> "xmlhttprequest".equals(r.get("type"))).toList();
            return found.isEmpty() ? null : found;
        });
        return entries.stream().mapToLong(r -> ((Number) r.get("bytes")).longValue()).sum();
    }

    private void answer(String text) {
        var field = browser.findElement(By.id("answer"));
        field.clear();
        field.sendKeys(text);
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
    }

    private long currentItem(long previous) {
        return wait.until(d -> {
            Object value = browser.executeScript("var f = document.querySelector('input[name=itemId]'); return f ? f.value : null;");
            long id = value == null ? previous : Long.parseLong(value.toString());
            return id != previous ? id : null;
        });
    }

    private PreparedItem prepared(long itemId) {
        return subjects.get("math").regenerate(spec(itemId));
    }

    private ItemSpec spec(long itemId) {
        return jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
    }

    private void screenshots(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] { 1280, 390 }) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Files.write(folder.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }
}
