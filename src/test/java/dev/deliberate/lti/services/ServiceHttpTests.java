package dev.deliberate.lti.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/** How platform answers are read: failure classes, Retry-After, Link headers, and service URLs. */
class ServiceHttpTests {

    private static final String CANVAS = "https://canvas.example.edu/api/lti/courses/1";
    private static final String MOODLE = "https://moodle.example.edu/mod/lti/services.php/2";

    @ParameterizedTest(name = "{0} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            500 |                        |                                                                      | server error          | TRANSIENT
            502 |                        | <html><body>Bad Gateway</body></html>                                | bad gateway           | TRANSIENT
            503 |                        | Service Unavailable                                                  | unavailable           | TRANSIENT
            504 |                        |                                                                      | gateway timeout       | TRANSIENT
            429 |                        | Too Many Requests                                                    | throttled             | TRANSIENT
            408 |                        |                                                                      | request timeout       | TRANSIENT
            403 | 0                      | 403 Forbidden (Rate Limit Exceeded)                                  | Canvas rate limit     | TRANSIENT
            403 | 0.0                    |                                                                      | Canvas bucket empty   | TRANSIENT
            403 |                        | 403 Forbidden (Rate Limit Exceeded)                                  | rate limit body only  | TRANSIENT
            403 | 699.25                 | {"errors":[{"message":"user not authorized to perform that action"}]} | plain 403             | PERMANENT
            403 |                        | {"errors":[{"message":"user not authorized to perform that action"}]} | plain 403, no header  | PERMANENT
            400 |                        | {"error":"invalid_request"}                                          | bad request           | PERMANENT
            401 |                        | {"errors":[{"message":"Invalid access token."}]}                     | unauthorized          | PERMANENT
            404 |                        | {"errors":[{"message":"The specified resource does not exist."}]}    | not graded            | PERMANENT
            409 |                        |                                                                      | Moodle stale score    | PERMANENT
            422 |                        | {"errors":{"type":"unprocessable_entity","message":"User not found in course or is not a student"}} | Test Student | PERMANENT
            """)
    void failureIsClassifiedByStatusAndThrottlingSigns(int status, String rateLimitRemaining, String body, String what, Kind expected) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (rateLimitRemaining != null) {
            headers.put("X-Rate-Limit-Remaining", List.of(rateLimitRemaining));
        }

        ServiceFailure failure = answer(status, headers, body == null ? "" : body).failure("score");

        assertThat(failure.kind()).isEqualTo(expected);
        assertThat(failure.isTransient()).isEqualTo(expected == Kind.TRANSIENT);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.getMessage()).startsWith("score answered " + status);
    }

    @Test
    void successfulStatusesAreOk() {
        assertThat(answer(200, Map.of(), "").ok()).isTrue();
        assertThat(answer(201, Map.of(), "").ok()).isTrue();
        assertThat(answer(204, Map.of(), "").ok()).isTrue();
        assertThat(answer(302, Map.of(), "").ok()).isFalse();
        assertThat(answer(401, Map.of(), "").ok()).isFalse();
    }

    @Test
    void transientFailureCarriesRetryAfterAndPermanentOneDoesNot() {
        Map<String, List<String>> headers = Map.of("Retry-After", List.of("30"));

        assertThat(answer(503, headers, "").failure("score").retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(answer(429, headers, "").failure("score").retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(answer(500, Map.of(), "").failure("score").retryAfter()).isNull();
        assertThat(answer(404, headers, "").failure("score").retryAfter()).isNull();
    }

    @Test
    void retryAfterInSeconds() {
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "120"))).isEqualTo(Duration.ofSeconds(120));
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", " 7 "))).isEqualTo(Duration.ofSeconds(7));
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "0"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));

        Duration wait = ServiceAnswer.retryAfter(headers("Retry-After", inTwoMinutes));

        assertThat(wait).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
    }

    @Test
    void retryAfterInThePastMeansNow() {
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterIsHonouredForAnHourAtMost() {
        String inThreeDays = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(3));

        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "3600"))).isEqualTo(Duration.ofHours(1));
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "86400"))).isEqualTo(Duration.ofHours(1));
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "99999999999999999999999"))).isEqualTo(Duration.ofHours(1));
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", inThreeDays))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void unreadableOrAbsentRetryAfterIsNull() {
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "soon"))).isNull();
        assertThat(ServiceAnswer.retryAfter(headers("Retry-After", "-5"))).isNull();
        assertThat(ServiceAnswer.retryAfter(headers("X-Other", "1"))).isNull();
    }

    @Test
    void canvasLinkHeaderNamesEveryPage() {
        String link = "<" + CANVAS + "/line_items?page=1&per_page=10>; rel=\"current\","
                + "<" + CANVAS + "/line_items?page=2&per_page=10>; rel=\"next\","
                + "<" + CANVAS + "/line_items?page=1&per_page=10>; rel=\"first\","
                + "<" + CANVAS + "/line_items?page=3&per_page=10>; rel=\"last\"";
        ServiceAnswer answer = answer(200, Map.of("Link", List.of(link)), "[]");

        assertThat(answer.link("next")).contains(CANVAS + "/line_items?page=2&per_page=10");
        assertThat(answer.link("last")).contains(CANVAS + "/line_items?page=3&per_page=10");
        assertThat(answer.link("current")).contains(CANVAS + "/line_items?page=1&per_page=10");
        assertThat(answer.link("prev")).isEmpty();
    }

    @Test
    void linksInSeparateHeadersUnquotedOrWithOtherParametersAreFound() {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of(
                "<" + CANVAS + "/names_and_roles?limit=2&from=2>; rel=next",
                "<" + CANVAS + "/names_and_roles?since=42>; title=\"changes\"; rel=\"differences\"")), "{}");

        assertThat(answer.link("next")).contains(CANVAS + "/names_and_roles?limit=2&from=2");
        assertThat(answer.link("differences")).contains(CANVAS + "/names_and_roles?since=42");
    }

    @Test
    void relIsComparedWithoutRegardToCase() {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of("<" + CANVAS + "/line_items?page=2>; rel=\"Next\"")), "[]");

        assertThat(answer.link("next")).contains(CANVAS + "/line_items?page=2");
    }

    @Test
    void noLinkHeaderMeansNoNextPage() {
        assertThat(answer(200, Map.of(), "[]").link("next")).isEmpty();
    }

    @Test
    void relativeLinksAreResolvedAgainstTheRequestsUrl() {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of("</api/lti/courses/1/line_items?page=2>; rel=\"next\", "
                + "<line_items?page=9>; rel=\"last\", <?page=1>; rel=\"first\"")), "[]");

        assertThat(answer.link("next")).contains(CANVAS + "/line_items?page=2");
        assertThat(answer.link("last")).contains(CANVAS + "/line_items?page=9");
        assertThat(answer.link("first")).contains(CANVAS + "/line_items?page=1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://canvas.example.edu/api/lti/courses/1/line items?page=2
            https://canvas.example.edu/api/lti/courses/1/line_items?page=%zz
            mailto:grades@canvas.example.edu
            ftp://canvas.example.edu/line_items?page=2
            """)
    void linkThatIsNoHttpUrlIsAPermanentFailure(String target) {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of("<" + target + ">; rel=\"next\"")), "[]");

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> answer.link("next"));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).startsWith("Link rel=\"next\" " + target).contains("is not an http(s) URL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://canvas.example.edu/api/lti/courses/1/line items/7
            /api/lti/courses/1/line_items/7
            https:///api/lti/courses/1/line_items/7
            file:///etc/passwd
            """)
    void serviceUrlThatIsNoHttpUrlIsAPermanentFailure(String url) {
        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> new ServiceHttp(Duration.ofSeconds(1)).request(url));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).startsWith("service URL " + url + " is not valid");
    }

    @Test
    void linkOnTheSameOriginIsFollowedWhateverTheCaseOfTheHostOrAnExplicitDefaultPort() {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of("<https://CANVAS.example.edu:443/api/lti/courses/1/line_items?page=2>; "
                + "rel=\"next\"")), "[]");

        assertThat(answer.link("next")).contains("https://CANVAS.example.edu:443/api/lti/courses/1/line_items?page=2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://lms.attacker.example/api/lti/courses/1/line_items?page=2 | another host
            //lms.attacker.example/api/lti/courses/1/line_items?page=2       | another host, scheme-relative
            https://canvas.example.edu.attacker.example/line_items?page=2    | a host that only starts alike
            http://canvas.example.edu/api/lti/courses/1/line_items?page=2    | down to plain http
            https://canvas.example.edu:8443/api/lti/courses/1/line_items     | another port
            """)
    void linkToAnotherOriginIsAPermanentFailure(String target, String what) {
        ServiceAnswer answer = answer(200, Map.of("Link", List.of("<" + target + ">; rel=\"next\"")), "[]");

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> answer.link("next"));

        assertThat(failure.kind()).as(what).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("leads to another origin than https://canvas.example.edu:443");
    }

    @Test
    void pathGoesBeforeMoodlesQueryString() {
        assertThat(ServiceUrls.withPath(MOODLE + "/lineitems/5/lineitem?type_id=1", "/scores"))
                .isEqualTo(MOODLE + "/lineitems/5/lineitem/scores?type_id=1");
        assertThat(ServiceUrls.withPath(MOODLE + "/lineitems/5/lineitem?type_id=1&x=a?b", "/results"))
                .isEqualTo(MOODLE + "/lineitems/5/lineitem/results?type_id=1&x=a?b");
    }

    @Test
    void pathIsAppendedToCanvasUrlsWithoutDoublingTheSlash() {
        assertThat(ServiceUrls.withPath(CANVAS + "/line_items/7", "/scores")).isEqualTo(CANVAS + "/line_items/7/scores");
        assertThat(ServiceUrls.withPath(CANVAS + "/line_items/7/", "/scores")).isEqualTo(CANVAS + "/line_items/7/scores");
        assertThat(ServiceUrls.withPath(CANVAS + "/line_items/7/?a=1", "/results")).isEqualTo(CANVAS + "/line_items/7/results?a=1");
    }

    @Test
    void failureMessageIsBoundedAndOnOneLine() {
        String body = "{\"errors\":[" + "{\"message\":\"x\"},\n".repeat(2000) + "]}";

        String message = answer(500, Map.of(), body).failure("line items").getMessage();

        assertThat(message).startsWith("line items answered 500: {\"errors\":[").doesNotContain("\n").hasSizeLessThan(350);
    }

    @Test
    void htmlErrorPageIsReportedByItsTextNotItsMarkup() {
        String page = TestServices.moodleErrorPage();

        String message = answer(404, Map.of("Content-Type", List.of("text/html")), page).failure("token endpoint").getMessage();

        assertThat(message).startsWith("token endpoint answered 404: Error | Moodle Example")
                .contains("Can not find data record in database.")
                .doesNotContain("<", "M.cfg", "stylesheet");
    }

    private static ServiceAnswer answer(int status, Map<String, List<String>> headers, String body) {
        return new ServiceAnswer(URI.create(CANVAS + "/line_items?page=1"), status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
    }
}
