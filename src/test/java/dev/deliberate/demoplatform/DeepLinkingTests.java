package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Value;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.TestPlatform;

/**
 * Deep Linking 2.0 on the platform side: the teacher's request carries the settings and no resource
 * link, and the tool's signed response adds a link with its line item, or is refused with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepLinkingTests extends IntegrationTestSupport {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final Pattern ADDED_LINK = Pattern.compile("<q data-link=\"([^\"]+)\"");

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    TestTool tool;

    @BeforeAll
    void register() {
        tool = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES);
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void theTeachersRequestCarriesTheSettingsAndNoResourceLink() throws ParseException {
        JWTClaimsSet request = request(tool);

        assertThat(request.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingRequest");
        assertThat(request.getClaim(LTI + "resource_link")).isNull();
        assertThat(request.getStringListClaim(LTI + "roles")).containsExactly(INSTRUCTOR);
        assertThat(request.getSubject()).isEqualTo("demo-teacher-1");
        assertThat(request.getAudience()).containsExactly(tool.clientId());
        assertThat(request.getStringClaim(LTI + "deployment_id")).isEqualTo(tool.deploymentId());
        assertThat(request.getStringClaim(LTI + "target_link_uri")).isEqualTo(tool.origin() + "/deep-linking");
        Map<String, Object> settings = request.getJSONObjectClaim(SETTINGS);
        assertThat(settings).containsEntry("deep_link_return_url", demoUrl + "/demo/deep-linking/return")
                .containsEntry("accept_types", List.of("ltiResourceLink"))
                .containsEntry("accept_presentation_document_targets", List.of("iframe", "window"))
                .containsEntry("accept_multiple", false).containsEntry("auto_create", true)
                .containsKeys("title", "text", "data");
    }

    @Test
    void aValidResponseAddsTheLinkWithItsLineItem() throws ParseException {
        String linkId = addActivity(tool, demoUrl, "Two-step equations", Map.of("scoreMaximum", 25, "label", "Two-step",
                "resourceId", "two-step", "tag", "practice"));

        assertThat(tool.http().get(demoUrl + "/demo", Map.of()).body()).contains("data-link=\"" + linkId + "\"");
        JsonNode lineItems = tool.http().get(demoUrl + "/demo/api/courses/demo-course-algebra-1/lineitems?resource_link_id="
                + linkId, TestTool.bearer(tool.token(AssignmentAndGradeServicesTests.READONLY_SCOPE))).json();
        assertThat(lineItems.values()).hasSize(1);
        assertThat(lineItems.get(0).get("label").stringValue()).isEqualTo("Two-step");
        assertThat(lineItems.get(0).get("scoreMaximum").asDouble()).isEqualTo(25);
        assertThat(lineItems.get(0).get("resourceId").stringValue()).isEqualTo("two-step");
        assertThat(lineItems.get(0).get("tag").stringValue()).isEqualTo("practice");
        JWTClaimsSet launch = tool.authorize("/demo?link=" + linkId, "data-person=\"demo-student-02\"");
        assertThat(launch.getJSONObjectClaim(LTI + "resource_link")).containsEntry("id", linkId)
                .containsEntry("title", "Two-step equations");
        assertThat(launch.getJSONObjectClaim(LTI + "custom")).containsEntry("level", "2")
                .containsEntry("tool_custom", "from-registration");
        assertThat(launch.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"))
                .containsEntry("lineitem", lineItems.get(0).get("id").stringValue());
    }

    @Test
    void anEmptyResponseAddsNothing() {
        Answer answer = respond(tool, request(tool), c -> c.claim(DL + "content_items", List.of()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Nothing was added");
    }

    @Test
    void aResponseForAnotherAudienceIsRefused() {
        assertRefused(respond(tool, request(tool), c -> c.audience("https://other-lms.example.com")), "aud");
    }

    @Test
    void aResponseThatDoesNotEchoTheDataIsRefused() {
        assertRefused(respond(tool, request(tool), c -> c.claim(DL + "data", "made-up")), "data");
    }

    @Test
    void aResponseWithABadSignatureIsRefused() {
        RSAKey impostor = new RSAKey.Builder(TestPlatform.newKey()).keyID(tool.key().getKeyID()).build();
        JWTClaimsSet claims = responseClaims(tool, demoUrl, request(tool), "Forged", null).build();
        String forged = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID()).build(),
                claims, impostor);

        assertRefused(tool.http().form(demoUrl + "/demo/deep-linking/return", Map.of("JWT", forged)), "signature");
    }

    @Test
    void aReplayedResponseIsRefused() {
        String jwt = tool.sign(responseClaims(tool, demoUrl, request(tool), "Once", null).build());
        assertThat(tool.http().form(demoUrl + "/demo/deep-linking/return", Map.of("JWT", jwt)).status()).isEqualTo(200);

        assertRefused(tool.http().form(demoUrl + "/demo/deep-linking/return", Map.of("JWT", jwt)), "already received");
    }

    @Test
    void aResponseOfAnotherDeploymentOrMessageTypeIsRefused() {
        assertRefused(respond(tool, request(tool), c -> c.claim(LTI + "deployment_id", "other")), "deployment_id");
        assertRefused(respond(tool, request(tool), c -> c.claim(LTI + "message_type", "LtiResourceLinkRequest")),
                "message_type");
    }

    @Test
    void anExpiredResponseIsRefused() {
        Instant past = clock.instant().minus(Duration.ofMinutes(10));
        assertRefused(respond(tool, request(tool), c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60)))),
                "expired");
    }

    @Test
    void aResponseWithoutAJwtIsRefused() {
        assertRefused(tool.http().form(demoUrl + "/demo/deep-linking/return", Map.of()), "JWT");
    }

    /** Runs the whole deep linking flow as the tool and returns the id of the link the platform added. */
    static String addActivity(TestTool tool, String demoUrl, String title, Map<String, Object> lineItem) {
        Answer answer = tool.http().form(demoUrl + "/demo/deep-linking/return",
                Map.of("JWT", tool.sign(responseClaims(tool, demoUrl, request(tool), title, lineItem).build())));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Added").contains(title).contains("target=\"_top\"");
        Matcher link = ADDED_LINK.matcher(answer.body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    static JWTClaimsSet request(TestTool tool) {
        return tool.authorize("/demo", "data-deep-linking=\"" + tool.clientId() + "\"");
    }

    static JWTClaimsSet.Builder responseClaims(TestTool tool, String demoUrl, JWTClaimsSet request, String title,
            Map<String, Object> lineItem) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("url", tool.launchUrl());
        item.put("custom", Map.of("level", "2"));
        if (lineItem != null) {
            item.put("lineItem", lineItem);
        }
        Instant now = tool.now();
        try {
            return new JWTClaimsSet.Builder().issuer(tool.clientId()).audience(demoUrl + "/demo").issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", UUID.randomUUID().toString())
                    .claim(LTI + "message_type", "LtiDeepLinkingResponse").claim(LTI + "version", "1.3.0")
                    .claim(LTI + "deployment_id", tool.deploymentId())
                    .claim(DL + "data", request.getJSONObjectClaim(SETTINGS).get("data"))
                    .claim(DL + "content_items", List.of(item));
        }
        catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private Answer respond(TestTool tool, JWTClaimsSet request, UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = responseClaims(tool, demoUrl, request, "Changed", null)
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plusSeconds(300)));
        return tool.http().form(demoUrl + "/demo/deep-linking/return", Map.of("JWT", tool.sign(change.apply(claims).build())));
    }

    private static void assertRefused(Answer answer, String reasonPart) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("did not add this activity").contains(reasonPart).contains("target=\"_top\"");
    }
}
