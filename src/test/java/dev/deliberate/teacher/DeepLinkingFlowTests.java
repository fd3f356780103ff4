package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Deep Linking from the tool's side, as Canvas and Moodle send it: the teacher's form, the checks
 * on what they chose, the signed response (verified with the tool's published keys), and the
 * chosen settings bound to the link on its first launch and used by the practice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DeepLinkingFlowTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" data-autosubmit");

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform lms;
    TestPlatform otherLms;

    @BeforeAll
    void register() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
        otherLms = TestPlatform.create(clock);
        registry.save(otherLms.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stop() {
        lms.close();
        otherLms.close();
    }

    @Test
    void theTeacherChoosesAndTheSignedAnswerCarriesALinkWithItsLineItemAndTheEchoedData() throws Exception {
        String course = "course-" + UUID.randomUUID();
        Page form = deepLinkingLaunch(course, "opaque-data-\"<&>", List.of("ltiResourceLink"));
        assertThat(form.reply().status()).isEqualTo(200);
        assertThat(form.reply().body()).contains("Add a practice assignment", "Two-step equations", "Money and finance",
                "name=\"_session\"");

        Reply answer = form.browser().post("/teacher/deep-linking/choice", choice(form, "Equations week 3",
                List.of("two-step", "variables-both-sides"), "90", "15", List.of("finance", "sports"), true));

        assertThat(answer.status()).isEqualTo(200);
        Matcher action = ACTION.matcher(answer.body());
        assertThat(action.find()).isTrue();
        assertThat(action.group(1)).isEqualTo("https://lms.example.edu/deep_links/return?id=7");
        assertThat(answer.header("Content-Security-Policy")).as("the auto-submitting form may post to the platform, nowhere else")
                .hasValueSatisfying(csp -> assertThat(csp).contains("form-action 'self' https://lms.example.edu;")
                        .contains("script-src 'self';"));
        SignedJWT jwt = SignedJWT.parse(hidden(answer.body()).get("JWT"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) JWKSet.parse(new LaunchClient(baseUrl, false).get("/.well-known/jwks.json").body())
                .getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signed with a key the tool publishes").isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(lms.clientId());
        assertThat(claims.getAudience()).containsExactly(lms.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LTI + "deployment_id")).isEqualTo(lms.deployment());
        assertThat(claims.getStringClaim(DL + "data")).isEqualTo("opaque-data-\"<&>");
        List<Object> items = claims.getListClaim(DL + "content_items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Equations week 3")
                .containsEntry("url", baseUrl + "/lti/launch");
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(lineItem).containsEntry("label", "Equations week 3").containsEntry("tag", "deliberate-mastery");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(100.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) item.get("custom");
        String assignment = (String) custom.get("deliberate_assignment");
        long assignmentId = idOf(assignment);
        assertThat(lineItem.get("resourceId")).isEqualTo("deliberate-assignment-" + assignmentId);

        // the LMS creates the link; its first launch carries the custom parameter and binds the settings
        LaunchClient student = new LaunchClient(baseUrl, true);
        Login login = student.loginByGet(params());
        Reply practice = student.launch(lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(LTI + "resource_link", Map.of("id", "created-by-dl-" + assignment, "title", "Equations week 3"))
                .claim(LTI + "custom", Map.of("deliberate_assignment", assignment)).build()), login.state());
        assertThat(practice.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT assignment_id FROM course_resource_link WHERE lms_link_id = ?")
                .param("created-by-dl-" + assignment).query(Long.class).single()).isEqualTo(assignmentId);
        assertThat(jdbc.sql("SELECT skills, target_score, minimum_items, contexts, reflection_required FROM course_assignment WHERE id = ?")
                .param(assignmentId).query((rs, i) -> List.of(rs.getString(1), rs.getDouble(2), rs.getInt(3),
                        rs.getString(4), rs.getBoolean(5))).single())
                .containsExactly("two-step,variables-both-sides", 0.9, 15, "finance,sports", true);
        Reply started = student.post("/student/interests", Map.of(),
                Map.of("X-Deliberate-Session", practice.header("X-Deliberate-Session").orElseThrow()));
        assertThat(started.body()).as("the practice follows the teacher's choice").contains("(at least 15)")
                .containsAnyOf("Two-step equations", "Unknowns on both sides");
    }

    @Test
    void aLinkTakesNoSettingsFromAnAssignmentIdTypedInOrSignedForAnotherPlatform(CapturedOutput output) throws Exception {
        String signed = answeredAssignment("course-a-" + UUID.randomUUID());
        long id = idOf(signed);

        // a teacher of course B edits their link's custom parameter to name course A's assignment
        assertThat(boundAssignment(lms, "course-b-" + UUID.randomUUID(), Long.toString(id))).isEmpty();
        assertThat(output).contains("reason=ASSIGNMENT_UNSIGNED");
        assertThat(boundAssignment(lms, "course-b-" + UUID.randomUUID(), id + ".AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(boundAssignment(lms, "course-b-" + UUID.randomUUID(), (id + 1) + signed.substring(signed.indexOf('.'))))
                .as("a signature covers its own id only").isEmpty();
        assertThat(boundAssignment(lms, "course-b-" + UUID.randomUUID(), signed + "x")).isEmpty();
        assertThat(output).contains("reason=ASSIGNMENT_SIGNATURE_INVALID");
        assertThat(boundAssignment(otherLms, "course-c-" + UUID.randomUUID(), signed))
                .as("a genuine value sent by another platform").isEmpty();
    }

    @Test
    void aCourseCopiedOnTheSamePlatformKeepsTheSettingsOfItsLinks() throws Exception {
        String signed = answeredAssignment("course-" + UUID.randomUUID());

        assertThat(boundAssignment(lms, "copy-" + UUID.randomUUID(), signed)).contains(idOf(signed));
    }

    @Test
    void aTeacherChoosesWritingAndAStudentsRevisedThesisIsComparedWithTheirLastDraft() throws Exception {
        String course = "course-" + UUID.randomUUID();
        Page form = deepLinkingLaunch(course, null, List.of("ltiResourceLink"));
        assertThat(form.reply().body()).as("every registered subject is offered").contains("name=\"subject\"", "value=\"math\"",
                "value=\"writing\"", "Writing: argumentative essays", "Thesis statements");
        Map<String, String> choice = new LinkedHashMap<>(choice(form, "Essays week 1", List.of("thesis"), "80", "5", List.of(), false));
        choice.put("subject", "writing");

        Reply answer = form.browser().post("/teacher/deep-linking/choice", choice);

        assertThat(answer.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) SignedJWT.parse(hidden(answer.body()).get("JWT")).getJWTClaimsSet()
                .getListClaim(DL + "content_items").get(0);
        @SuppressWarnings("unchecked")
        String assignment = (String) ((Map<String, Object>) item.get("custom")).get("deliberate_assignment");
        assertThat(jdbc.sql("SELECT subject, skills FROM course_assignment WHERE id = ?").param(idOf(assignment))
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).single()).isEqualTo("writing thesis");

        LaunchClient student = new LaunchClient(baseUrl, true);
        Login login = student.loginByGet(params());
        Reply practice = student.launch(lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "context", Map.of("id", course, "title", "English"))
                .claim(LTI + "resource_link", Map.of("id", "writing-" + assignment, "title", "Essays week 1"))
                .claim(LTI + "custom", Map.of("deliberate_assignment", assignment)).build()), login.state());
        Map<String, String> session = Map.of("X-Deliberate-Session", practice.header("X-Deliberate-Session").orElseThrow());
        Reply task = student.post("/student/interests", Map.of("interest", "technology"), session);
        assertThat(task.body()).contains("Write a thesis", "data-subject=\"writing\"", "<textarea id=\"work\" name=\"work\"");
        Matcher itemId = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"").matcher(task.body());
        assertThat(itemId.find()).isTrue();

        Reply first = student.post("/student/attempts", Map.of("itemId", itemId.group(1), "work", "In this essay I will talk about phones."),
                session);
        assertThat(first.body()).contains("announces the topic", "checked by rules", "Your next step");

        Reply revised = student.post("/student/attempts", Map.of("itemId", itemId.group(1),
                "work", "Phones should be banned in class because they distract students."), session);
        assertThat(revised.body()).contains("Compared with your last draft", "you improved your thesis", "takes a clear position");
    }

    @Test
    void aFormWithProblemsIsShownAgainWithWhatToFixAndNothingIsStored() {
        Page form = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        long before = assignments();

        Reply refused = form.browser().post("/teacher/deep-linking/choice", choice(form, " ", List.of("no-such-skill"), "20", "0",
                List.of("astrology"), false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Give the assignment a name", "Tick at least one skill", "between 50 and 100",
                "between 1 and 500", "One of the contexts is not offered");
        assertThat(assignments()).isEqualTo(before);
        Reply fixed = form.browser().post("/teacher/deep-linking/choice", choice(form, "Fixed", List.of("two-step"), "80", "10",
                List.of(), false));
        assertThat(fixed.status()).as("the same request can still be answered").isEqualTo(200);
        assertThat(assignments()).isEqualTo(before + 1);
    }

    @Test
    void aContextTickedAHundredTimesIsRefusedAndRepeatsWithinTheCatalogAreStoredOnceInItsOrder() {
        Page form = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        long before = assignments();

        Reply repeated = form.browser().post("/teacher/deep-linking/choice", choice(form, "Repeats", List.of("two-step"), "80", "10",
                Collections.nCopies(100, "finance"), false));

        assertThat(repeated.status()).as("more contexts than the catalog has").isEqualTo(422);
        assertThat(repeated.body()).contains("Tick each context at most once");
        assertThat(assignments()).isEqualTo(before);
        Reply twice = form.browser().post("/teacher/deep-linking/choice", choice(form, "Repeats", List.of("two-step"), "80", "10",
                List.of("sports", "finance", "sports"), false));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT contexts FROM course_assignment WHERE title = 'Repeats'").query(String.class).single())
                .isEqualTo("finance,sports");
    }

    @Test
    void numbersThatAreNotNumbersComeBackAsProblemsWithWhatTheTeacherTyped() {
        Page form = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        long before = assignments();

        Reply refused = form.browser().post("/teacher/deep-linking/choice", choice(form, "Typed with care", List.of("variables-both-sides"),
                "abc", "99999999999999999999", List.of("music"), true));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("between 50 and 100", "between 1 and 500", "value=\"Typed with care\"")
                .containsPattern("value=\"variables-both-sides\" id=\"[^\"]+\" checked")
                .containsPattern("value=\"music\" id=\"[^\"]+\" checked")
                .doesNotContain("Give the assignment a name", "Tick at least one skill");
        assertThat(assignments()).isEqualTo(before);
        Reply fixed = form.browser().post("/teacher/deep-linking/choice", choice(form, "Typed with care", List.of("variables-both-sides"),
                " 85 ", "12", List.of("music"), true));
        assertThat(fixed.status()).isEqualTo(200);
    }

    @Test
    void aRegistrationRemovedBeforeTheAnswerIsAnErrorAndNotAnAnsweredRequest(CapturedOutput output) {
        TestPlatform removed = TestPlatform.create(clock);
        long platformId = registry.save(removed.settings(), PlatformSource.ADMIN_API).id();
        try {
            Page form = deepLinkingLaunch(removed, "course-" + UUID.randomUUID());
            registry.delete(platformId, id -> { });
            long before = assignments();

            Reply failed = form.browser().post("/teacher/deep-linking/choice", choice(form, "Orphan", List.of("two-step"), "80", "10",
                    List.of(), false));

            assertThat(failed.status()).isEqualTo(500);
            assertThat(output).doesNotContain("DEEP_LINKING_REQUEST_GONE");
            assertThat(assignments()).as("nothing stored").isEqualTo(before);
        }
        finally {
            removed.close();
        }
    }

    @Test
    void aReturnUrlAsLongAsTheToolKeepsIsAccepted() {
        String returnUrl = "https://lms.example.edu/deep_links/return?id=";
        returnUrl += "7".repeat(1024 - returnUrl.length());
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params());

        Reply reply = browser.launch(lms.sign(deepLinkingClaims(login, "course-" + UUID.randomUUID(), null, List.of())
                .claim(DL + "deep_linking_settings", Map.of("deep_link_return_url", returnUrl)).build()), login.state());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void aRequestIsAnsweredOnceAndOnlyFromItsOwnCourse(CapturedOutput output) {
        Page first = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        Map<String, String> choice = choice(first, "Once", List.of("two-step"), "80", "10", List.of(), false);
        assertThat(first.browser().post("/teacher/deep-linking/choice", choice).status()).isEqualTo(200);

        Reply again = first.browser().post("/teacher/deep-linking/choice", choice);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("This request can no longer be answered");

        Page other = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        Map<String, String> foreign = new LinkedHashMap<>(choice(other, "Elsewhere", List.of("two-step"), "80", "10", List.of(), false));
        Page third = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        foreign.put("request", third.fields().get("request"));
        assertThat(other.browser().post("/teacher/deep-linking/choice", foreign).status())
                .as("a request id from another course is refused").isEqualTo(410);
        assertThat(output).contains("reason=DEEP_LINKING_REQUEST_GONE");
    }

    @Test
    void aChoiceWithoutTheSessionTokenIsRefused() {
        Page form = deepLinkingLaunch("course-" + UUID.randomUUID(), null, List.of());
        Map<String, String> choice = new LinkedHashMap<>(choice(form, "No token", List.of("two-step"), "80", "10", List.of(), false));
        choice.remove("_session");

        Reply refused = new LaunchClient(baseUrl, false).post("/teacher/deep-linking/choice", choice);

        assertThat(refused.status()).isIn(401, 403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_deep_link_request WHERE id = ? AND used_at IS NULL")
                .param(form.fields().get("request")).query(Long.class).single()).as("still unanswered").isEqualTo(1);
    }

    @Test
    void aStudentCannotAddContentAndAPlatformThatAcceptsNoLinksIsTold() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params());
        Reply student = browser.launch(lms.sign(deepLinkingClaims(login, "course-x", null, List.of())
                .claim(LTI + "roles", List.of(TestPlatform.LEARNER)).build()), login.state());
        assertThat(student.reason()).hasValue("ROLE_NOT_SUPPORTED");

        Login again = browser.loginByGet(params());
        Reply filesOnly = browser.launch(lms.sign(deepLinkingClaims(again, "course-x", null, List.of("file", "html")).build()),
                again.state());
        assertThat(filesOnly.reason()).hasValue("DEEP_LINKING_TYPE_UNSUPPORTED");
    }

    // ---------------------------------------------------------------------------------------------

    private record Page(LaunchClient browser, Reply reply, Map<String, String> fields) {
    }

    /** The custom parameter value of an assignment made through Deep Linking in this course. */
    private String answeredAssignment(String course) throws ParseException {
        Page form = deepLinkingLaunch(course, null, List.of());
        Reply answer = form.browser().post("/teacher/deep-linking/choice", choice(form, "Signed", List.of("two-step"), "80", "10",
                List.of(), false));
        assertThat(answer.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) SignedJWT.parse(hidden(answer.body()).get("JWT")).getJWTClaimsSet()
                .getListClaim(DL + "content_items").get(0);
        return (String) ((Map<?, ?>) item.get("custom")).get("deliberate_assignment");
    }

    /** Launches a new link of a course whose custom parameter is {@code value}; the assignment bound to it, if any. */
    private Optional<Long> boundAssignment(TestPlatform platform, String course, String value) {
        String link = "link-" + UUID.randomUUID();
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params(platform));
        Reply reply = browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(LTI + "resource_link", Map.of("id", link, "title", "Practice"))
                .claim(LTI + "custom", Map.of("deliberate_assignment", value)).build()), login.state());
        assertThat(reply.status()).as("the launch itself succeeds").isEqualTo(200);
        return jdbc.sql("SELECT assignment_id FROM course_resource_link WHERE lms_link_id = ?").param(link)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, Long.class))).single();
    }

    private static long idOf(String parameterValue) {
        return Long.parseLong(parameterValue.substring(0, parameterValue.indexOf('.')));
    }

    private Page deepLinkingLaunch(String course, String data, List<String> acceptTypes) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params());
        Reply reply = browser.launch(lms.sign(deepLinkingClaims(login, course, data, acceptTypes).build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Page(browser, reply, hidden(reply.body()));
    }

    private Page deepLinkingLaunch(TestPlatform platform, String course) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params(platform));
        Reply reply = browser.launch(platform.sign(deepLinkingClaims(platform, login, course, null, List.of()).build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Page(browser, reply, hidden(reply.body()));
    }

    private JWTClaimsSet.Builder deepLinkingClaims(Login login, String course, String data, List<String> acceptTypes) {
        return deepLinkingClaims(lms, login, course, data, acceptTypes);
    }

    private JWTClaimsSet.Builder deepLinkingClaims(TestPlatform platform, Login login, String course, String data,
            List<String> acceptTypes) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", "https://lms.example.edu/deep_links/return?id=7");
        settings.put("accept_types", acceptTypes.isEmpty() ? List.of("ltiResourceLink") : acceptTypes);
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        if (data != null) {
            settings.put("data", data);
        }
        JWTClaimsSet.Builder claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(DL + "deep_linking_settings", settings);
        return claims.claim(LTI + "resource_link", null);
    }

    private static Map<String, String> choice(Page form, String title, List<String> skills, String target, String minimum,
            List<String> contexts, boolean reflection) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_session", form.fields().get("_session"));
        fields.put("request", form.fields().get("request"));
        fields.put("title", title);
        fields.put("targetPercent", target);
        fields.put("minimumItems", minimum);
        if (reflection) {
            fields.put("reflectionRequired", "true");
        }
        // several ticked boxes: Spring binds a comma-separated value to the list as it binds repeated fields
        if (!skills.isEmpty()) {
            fields.put("skills", String.join(",", skills));
        }
        if (!contexts.isEmpty()) {
            fields.put("contexts", String.join(",", contexts));
        }
        return fields;
    }

    private Map<String, String> params() {
        return params(lms);
    }

    private Map<String, String> params(TestPlatform platform) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "teacher-hint");
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        params.put("lti_deployment_id", platform.deployment());
        return params;
    }

    private long assignments() {
        return jdbc.sql("SELECT COUNT(*) FROM course_assignment").query(Long.class).single();
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return fields;
    }
}
