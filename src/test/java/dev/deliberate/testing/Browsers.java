package dev.deliberate.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (installed by .ci/run; never a
 * downloaded browser). Missing binaries fail the test with the command that installs them.
 */
public final class Browsers {

    private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    /** A fresh headless Chromium; with {@code blockThirdPartyCookies} it behaves like Safari in an iframe. */
    public static ChromeDriver chromium(boolean blockThirdPartyCookies) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and ChromeDriver: "
                    + "apt-get install -y chromium chromium-driver (or run .ci/run)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + tempProfile()));
        if (blockThirdPartyCookies) {
            options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1,
                    "profile.block_third_party_cookies", true));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("deliberate-chromium").toString();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
