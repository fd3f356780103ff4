package dev.deliberate.testing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.testing.LaunchClient.Reply;

/**
 * Launches a person of the built-in demo course over HTTP, exactly as the demo page's Launch button
 * does (without postMessage storage), and keeps that person's browser and session token.
 */
public final class DemoLms {

    private static final Pattern FIELD = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private DemoLms() {
    }

    /** A launched person: their browser (cookies kept), the landing page, and the session header. */
    public record Launched(LaunchClient browser, Reply landing, String token) {

        public Map<String, String> htmx() {
            return Map.of("X-Deliberate-Session", token, "HX-Request", "true");
        }

        public Reply post(String path, Map<String, String> form) {
            return browser.post(path, form, htmx());
        }
    }

    public static Launched launch(String baseUrl, String personId) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        String page = browser.get("/demo").body();
        Matcher form = Pattern.compile("<form[^>]*data-person=\"" + personId + "\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
        if (!form.find()) {
            throw new AssertionError("no demo person " + personId);
        }
        Map<String, String> fields = fields(form.group(1));
        fields.remove("lti_storage_target");
        Reply landing = throughDemo(browser, fields);
        if (landing.status() != 200) {
            throw new AssertionError("demo launch failed: " + landing.reason().orElse(landing.body()));
        }
        return new Launched(browser, landing, landing.header("X-Deliberate-Session").orElseThrow());
    }

    /**
     * A login started at the tool with {@code login} (a demo form's fields), authorised by the demo
     * platform, and its id_token posted back to the tool: the tool's answer.
     */
    public static Reply throughDemo(LaunchClient browser, Map<String, String> login) {
        String authorize = browser.loginByPost(login).reply().header("Location").orElseThrow();
        Reply platform = new LaunchClient(origin(authorize), true).get(URI.create(authorize).getRawPath() + "?" + URI.create(authorize).getRawQuery());
        return browser.post("/lti/launch", fields(platform.body()));
    }

    /** The named input fields of an HTML fragment, values unescaped. */
    public static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        }
        return fields;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
