package dev.deliberate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/** axe-core, from its webjar on the test class path, run on the page (or frame) a browser shows. */
public final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Accessibility() {
    }

    /** Fails on any serious or critical axe-core violation of the current document. */
    @SuppressWarnings("unchecked")
    public static void assertNoSeriousViolations(JavascriptExecutor browser, String screen) {
        browser.executeScript(source());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(function (r) { done(r.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help }; })); })
                   .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e) }]); });
                """);
        assertThat(violations).as("serious or critical axe-core violations on the %s screen", screen)
                .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
    }

    private static String source() {
        try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
