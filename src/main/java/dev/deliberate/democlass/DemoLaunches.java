package dev.deliberate.democlass;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches from the demo LMS's course page as its Launch buttons do, over HTTP: the person's form
 * posted to the tool's login initiation, the LMS's authorization answered, its id_token posted to
 * the tool's launch. Nothing is taken from the LMS but what a browser sees on its pages.
 */
final class DemoLaunches {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*data-person=\"([^\"]+)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern FORM_POST = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    static final String SESSION_HEADER = "X-Deliberate-Session";

    /** A person's Launch form on the course page. */
    record LaunchForm(String personId, String loginUrl, Map<String, String> fields, boolean teacher) {
    }

    /** A launched student: their browser (session header set), the tool's origin, and the page they landed on. */
    record Launched(LoopbackBrowser browser, String toolOrigin, String landing) {

        LoopbackBrowser.Page post(String path, Map<String, String> form) {
            return browser.post(toolOrigin + path, form);
        }
    }

    private final String coursePage;

    DemoLaunches(String coursePage) {
        this.coursePage = coursePage;
    }

    /** Every Launch form of the course page's selected assignment, in roster order. */
    List<LaunchForm> forms() {
        LoopbackBrowser.Page page = new LoopbackBrowser().get(coursePage);
        if (page.status() != 200) {
            throw new IllegalStateException("the demo course page answered " + page.status());
        }
        List<LaunchForm> forms = new ArrayList<>();
        Matcher m = FORM.matcher(page.body());
        while (m.find()) {
            Map<String, String> fields = LoopbackBrowser.fields(m.group(3));
            fields.remove("lti_storage_target");
            forms.add(new LaunchForm(m.group(2), LoopbackBrowser.unescape(m.group(1)), fields, m.group(3).contains("class=\"role\"")));
        }
        return forms;
    }

    /** The person launched into the tool; their browser carries the session from then on. */
    Launched launch(LaunchForm form) {
        LoopbackBrowser browser = new LoopbackBrowser();
        LoopbackBrowser.Page login = browser.post(form.loginUrl(), form.fields());
        String authorize = login.header("Location")
                .orElseThrow(() -> new IllegalStateException("the tool's login answered " + login.status() + " without a redirect"));
        LoopbackBrowser.Page platform = browser.get(authorize);
        Matcher action = FORM_POST.matcher(platform.body());
        if (platform.status() != 200 || !action.find()) {
            throw new IllegalStateException("the demo LMS's authorization answered " + platform.status());
        }
        String launchUrl = LoopbackBrowser.unescape(action.group(1));
        LoopbackBrowser.Page landing = browser.post(launchUrl, LoopbackBrowser.fields(platform.body()));
        String token = landing.header(SESSION_HEADER)
                .orElseThrow(() -> new IllegalStateException("the launch of " + form.personId() + " answered " + landing.status()));
        browser.always(SESSION_HEADER, token);
        browser.always("HX-Request", "true");
        URI tool = URI.create(launchUrl);
        return new Launched(browser, tool.getScheme() + "://" + tool.getRawAuthority(), landing.body());
    }
}
