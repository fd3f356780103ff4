package dev.deliberate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

class WebValuesTests {

    @Test
    void originsDropPathsDefaultPortsAndCase() {
        assertThat(Origins.find("HTTPS://Canvas.Instructure.com:443/api/lti")).contains("https://canvas.instructure.com");
        assertThat(Origins.find("http://localhost:8080/demo")).contains("http://localhost:8080");
        assertThat(Origins.find("javascript:alert(1)")).isEmpty();
        assertThat(Origins.find("/relative")).isEmpty();
        assertThat(Origins.find("not a url")).isEmpty();
    }

    @Test
    void queryValuesAreEncodedStrictlyAndAppendedAfterAnExistingQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("lti_message_hint", "{\"cmid\":2,\"launchid\":\"a&b=c\"}");
        params.put("empty", null);
        params.put("state", "x y");

        assertThat(QueryStrings.append("https://moodle.example.edu/mod/lti/auth.php?x=1", params))
                .isEqualTo("https://moodle.example.edu/mod/lti/auth.php?x=1"
                        + "&lti_message_hint=%7B%22cmid%22%3A2%2C%22launchid%22%3A%22a%26b%3Dc%22%7D&state=x%20y");
        assertThat(QueryStrings.append("https://lms/auth#frag", Map.of("a", "1"))).isEqualTo("https://lms/auth?a=1#frag");
    }

    @Test
    void cookiesInAnHttpsIframeArePartitionedCrossSiteCookies() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new IframeCookies(new ToolUrls(URI.create("https://tool.example.com"))).set(response, "dlb_session", "v", "/",
                Duration.ofHours(2));

        assertThat(response.getHeader("Set-Cookie")).contains("SameSite=None", "Secure", "Partitioned", "HttpOnly",
                "Max-Age=7200");
    }

    @Test
    void cookiesOverPlainHttpFallBackToLax() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new IframeCookies(new ToolUrls(URI.create("http://localhost:8080"))).set(response, "x", "v", "/", Duration.ofMinutes(1));

        assertThat(response.getHeader("Set-Cookie")).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure", "Partitioned");
    }
}
