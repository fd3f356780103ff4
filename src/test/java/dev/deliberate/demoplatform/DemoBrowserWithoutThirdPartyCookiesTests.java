package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The same launch as Safari would run it: the LMS (127.0.0.1) frames the tool (localhost), a
 * different site, and the browser blocks third-party cookies, so the tool's state cookie never
 * comes back. The launch must go through the LMS's postMessage storage instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoBrowserWithoutThirdPartyCookiesTests extends IntegrationTestSupport {

    @DynamicPropertySource
    static void lmsOnAnotherSite(DynamicPropertyRegistry registry) {
        registry.add("deliberate.demo.base-url", () -> "http://127.0.0.1:${server.port}");
    }

    @Value("${deliberate.demo.base-url}")
    String lmsUrl;

    WebDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(true);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} lands on {1} through postMessage storage")
    @CsvSource({ "demo-student-02, student-home, Ben Hoffmann", "demo-teacher-1, teacher-home, Elena Rivera" })
    void launchingWithThirdPartyCookiesBlockedGoesThroughPlatformStorage(String person, String home, String name,
            CapturedOutput output) {
        WebElement page = DemoBrowserTests.DemoCourseDriver.launch(browser, lmsUrl + "/demo", person, home);

        assertThat(page.getText()).contains(name);
        assertThat(output.getOut()).contains("binding=PLATFORM_STORAGE").doesNotContain("binding=COOKIE");
    }
}
