package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.deliberate.lti.services.TestServices.CANVAS;
import static dev.deliberate.lti.services.TestServices.CANVAS_TOKEN_PATH;
import static dev.deliberate.lti.services.TestServices.INSTRUCTOR;
import static dev.deliberate.lti.services.TestServices.LEARNER;
import static dev.deliberate.lti.services.TestServices.MOODLE;
import static dev.deliberate.lti.services.TestServices.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names and Role Provisioning Services against a Canvas and a Moodle: every page read through
 * {@code rel="next"}, the {@code rel="differences"} link kept, filters in the URL left as given.
 */
class CourseMembershipsTests {

    private static final String CANVAS_NRPS = "/api/lti/courses/1/names_and_roles";
    private static final String MOODLE_NRPS_PATH = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";
    private static final String MOODLE_NRPS = MOODLE_NRPS_PATH + "?type_id=1";

    static TestServices lms;

    @BeforeAll
    static void start() {
        lms = new TestServices();
    }

    @AfterAll
    static void stop() {
        lms.close();
    }

    @BeforeEach
    void fresh() {
        lms.reset(Duration.ofSeconds(2), null);
        lms.canvasTokens("canvas-nrps-token");
        lms.moodleTokens("moodle-nrps-token");
    }

    @Test
    void everyCanvasPageIsReadAndTheDifferencesLinkKept() {
        String differences = lms.url(CANVAS_NRPS + "?since=2025-03-04T10%3A15%3A30Z");
        canvasPage(null, "<" + lms.url(CANVAS_NRPS) + "?page=2&per_page=2>; rel=\"next\","
                + "<" + lms.url(CANVAS_NRPS) + "?page=1&per_page=2>; rel=\"first\","
                + "<" + differences + ">; rel=\"differences\"",
                canvasMember("535fa085-teacher", "Sienna Howell", "Sienna", "Howell", "showell@school.edu", "Active", INSTRUCTOR),
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", "ada@school.edu", "Active", LEARNER));
        canvasPage("2", "<" + lms.url(CANVAS_NRPS) + "?page=1&per_page=2>; rel=\"first\"",
                canvasMember("9b1e7c00-alan", "Alan Turing", "Alan", "Turing", null, "Inactive", LEARNER));

        Roster roster = lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS));

        assertThat(roster.members()).extracting(Member::userId).containsExactly("535fa085-teacher", "7fa2c4d3-ada", "9b1e7c00-alan");
        assertThat(roster.members().get(0)).isEqualTo(new Member("535fa085-teacher", "Sienna Howell", "Sienna", "Howell",
                "showell@school.edu", List.of(INSTRUCTOR), "Active"));
        assertThat(roster.members().get(2).email()).isNull();
        assertThat(roster.members().get(2).active()).isFalse();
        assertThat(roster.differencesUrl()).isEqualTo(differences);
        lms.server.verify(2, getRequestedFor(urlPathEqualTo(CANVAS_NRPS))
                .withHeader("Accept", equalTo(CourseMemberships.CONTAINER_TYPE))
                .withHeader("Authorization", equalTo("Bearer canvas-nrps-token")));
    }

    @Test
    void rosterIsReadWithTheMembershipScopeOnly() {
        canvasPage(null, null);

        lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS));

        assertThat(form(lms.tokenRequests(CANVAS_TOKEN_PATH).get(0))).containsEntry("scope", ServiceScopes.MEMBERSHIPS);
    }

    @Test
    void withoutADifferencesLinkThereIsNone() {
        canvasPage(null, null, canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));

        Roster roster = lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS));

        assertThat(roster.members()).hasSize(1);
        assertThat(roster.differencesUrl()).isNull();
    }

    @Test
    void moodlePagesKeepTypeIdAndAreAllRead() {
        String next = lms.url(MOODLE_NRPS + "&limit=2&from=2");
        lms.server.stubFor(get(urlPathEqualTo(MOODLE_NRPS_PATH)).withQueryParam("type_id", equalTo("1")).withQueryParam("from", absent())
                .willReturn(moodlePage("<" + next + ">; rel=\"next\"", moodleMember("2", "Sam Teacher", INSTRUCTOR),
                        moodleMember("3", "Ada Student", LEARNER))));
        lms.server.stubFor(get(urlPathEqualTo(MOODLE_NRPS_PATH)).withQueryParam("type_id", equalTo("1")).withQueryParam("from", equalTo("2"))
                .willReturn(moodlePage(null, moodleMember("4", "Alan Student", LEARNER))));

        Roster roster = lms.memberships().members(MOODLE, lms.url(MOODLE_NRPS));

        assertThat(roster.members()).extracting(Member::userId).containsExactly("2", "3", "4");
        assertThat(roster.members()).allMatch(Member::active);
        lms.server.verify(getRequestedFor(urlEqualTo(MOODLE_NRPS)).withHeader("Authorization", equalTo("Bearer moodle-nrps-token")));
        lms.server.verify(getRequestedFor(urlEqualTo(MOODLE_NRPS + "&limit=2&from=2")));
    }

    @Test
    void roleFilterInTheMembershipsUrlIsSentAsGiven() {
        String filtered = MOODLE_NRPS + "&role=" + URLEncoder.encode(LEARNER, StandardCharsets.UTF_8);
        lms.server.stubFor(get(urlPathEqualTo(MOODLE_NRPS_PATH)).withQueryParam("role", equalTo(LEARNER))
                .willReturn(moodlePage(null, moodleMember("3", "Ada Student", LEARNER), moodleMember("4", "Alan Student", LEARNER))));

        Roster roster = lms.memberships().members(MOODLE, lms.url(filtered));

        assertThat(roster.members()).flatExtracting(Member::roles).containsOnly(LEARNER);
        lms.server.verify(1, getRequestedFor(urlEqualTo(filtered)));
    }

    @Test
    void memberWithoutStatusIsActiveAndDeletedOnesAreNot() {
        canvasPage(null, null,
                """
                {"user_id":"no-status","name":"N S","roles":["%s"]}""".formatted(LEARNER),
                canvasMember("gone", "G One", "G", "One", null, "Deleted", LEARNER));

        Roster roster = lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS));

        assertThat(roster.members().get(0).status()).isEqualTo("Active");
        assertThat(roster.members().get(0).active()).isTrue();
        assertThat(roster.members().get(1).active()).isFalse();
    }

    @Test
    void aPageThatFailsFailsTheWholeReadRatherThanReturningPartOfTheRoster() {
        canvasPage(null, "<" + lms.url(CANVAS_NRPS) + "?page=2&per_page=1>; rel=\"next\"",
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));
        lms.server.stubFor(get(urlPathEqualTo(CANVAS_NRPS)).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "10")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS)));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(failure.getMessage()).startsWith("memberships answered 503");
    }

    @Test
    void relativeNextLinksAreFollowedFromThePageTheyCameFrom() {
        canvasPage(null, "<" + CANVAS_NRPS + "?page=2&per_page=1>; rel=\"next\"",
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));
        canvasPage("2", "<?page=3&per_page=1>; rel=\"next\"",
                canvasMember("9b1e7c00-alan", "Alan Turing", "Alan", "Turing", null, "Active", LEARNER));
        canvasPage("3", null, canvasMember("535fa085-grace", "Grace Hopper", "Grace", "Hopper", null, "Active", LEARNER));

        Roster roster = lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS));

        assertThat(roster.members()).extracting(Member::userId).containsExactly("7fa2c4d3-ada", "9b1e7c00-alan", "535fa085-grace");
        lms.server.verify(getRequestedFor(urlEqualTo(CANVAS_NRPS + "?page=2&per_page=1")));
        lms.server.verify(getRequestedFor(urlEqualTo(CANVAS_NRPS + "?page=3&per_page=1")));
    }

    @Test
    void nextLinkThatIsNoUrlIsAPermanentFailure() {
        canvasPage(null, "<" + lms.url(CANVAS_NRPS) + "?page=2 3>; rel=\"next\"",
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS)));

        assertThat(failure.kind()).isEqualTo(ServiceFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("Link rel=\"next\"", "is not an http(s) URL");
        lms.server.verify(1, getRequestedFor(urlPathEqualTo(CANVAS_NRPS)));
    }

    @Test
    void nextLinkToAnotherOriginIsAPermanentFailureAndGetsNoToken() {
        canvasPage(null, "<" + lms.foreignUrl(CANVAS_NRPS) + "?page=2&per_page=1>; rel=\"next\"",
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));
        canvasPage("2", null, canvasMember("9b1e7c00-alan", "Alan Turing", "Alan", "Turing", null, "Active", LEARNER));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS)));

        assertThat(failure.kind()).isEqualTo(ServiceFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("Link rel=\"next\" " + lms.foreignUrl(CANVAS_NRPS), "another origin");
        lms.server.verify(0, getRequestedFor(urlPathEqualTo(CANVAS_NRPS)).withQueryParam("page", equalTo("2")));
    }

    @Test
    void differencesLinkToAnotherOriginIsAPermanentFailure() {
        canvasPage(null, "<" + lms.foreignUrl(CANVAS_NRPS) + "?since=42>; rel=\"differences\"",
                canvasMember("7fa2c4d3-ada", "Ada Lovelace", "Ada", "Lovelace", null, "Active", LEARNER));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.memberships().members(CANVAS, lms.url(CANVAS_NRPS)));

        assertThat(failure.kind()).isEqualTo(ServiceFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("Link rel=\"differences\"", "another origin");
    }

    /** A page of Canvas's names_and_roles; {@code page} null for the first. */
    private void canvasPage(String page, String link, String... members) {
        var response = aResponse().withStatus(200).withHeader("Content-Type", CourseMemberships.CONTAINER_TYPE + "; charset=utf-8")
                .withBody("""
                        {"id":"%s","context":{"id":"4dde05e8ca1973bcca9bffc13e1548820eee93a3","label":"ALG","title":"Algebra"},
                         "members":[%s]}""".formatted(lms.url(CANVAS_NRPS), String.join(",", members)));
        if (link != null) {
            response.withHeader("Link", link);
        }
        lms.server.stubFor(get(urlPathEqualTo(CANVAS_NRPS)).withQueryParam("page", page == null ? absent() : equalTo(page))
                .willReturn(response));
    }

    private static String canvasMember(String userId, String name, String given, String family, String email, String status,
            String role) {
        return """
                {"status":"%s","name":"%s","picture":"https://canvas.example.edu/images/thumbnails/1","given_name":"%s",
                 "family_name":"%s"%s,"user_id":"%s","lti11_legacy_user_id":"c0ddd6c9","roles":["%s"]}"""
                .formatted(status, name, given, family, email == null ? "" : ",\"email\":\"" + email + "\"", userId, role);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder moodlePage(String link, String... members) {
        var response = aResponse().withStatus(200).withHeader("Content-Type", CourseMemberships.CONTAINER_TYPE)
                .withBody("""
                        {"id":"https://moodle.example.edu/mod/lti/services.php/CourseSection/2/bindings/1/memberships",
                         "context":{"id":"2","label":"ALG","title":"Algebra"},"members":[%s]}""".formatted(String.join(",", members)));
        return link == null ? response : response.withHeader("Link", link);
    }

    private static String moodleMember(String userId, String name, String role) {
        return """
                {"user_id":"%s","roles":["%s"],"status":"Active","name":"%s","email":"u%s@example.edu"}"""
                .formatted(userId, role, name, userId);
    }
}
