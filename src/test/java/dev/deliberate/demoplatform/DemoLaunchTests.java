package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.keys.ToolKeyring;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Launches of the configured tool (Deliberate itself) from the course page, through the tool's own
 * login initiation: what the platform signs, and that the tool accepts it.
 */
class DemoLaunchTests extends IntegrationTestSupport {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.demo.client-id}")
    String clientId;

    @Autowired
    ToolKeyring toolKeys;

    @Test
    void theSeededLinksLaunchCarriesItsTitleTheServicesAndItsLineItem() throws ParseException {
        Launch launch = launch("/demo", "demo-student-01");
        JWTClaimsSet claims = launch.claims();

        assertThat(claims.getJSONObjectClaim(DeepLinkingTests.LTI + "resource_link"))
                .containsEntry("id", "demo-link-linear-equations").containsEntry("title", "Linear equations practice");
        Map<String, Object> ags = claims.getJSONObjectClaim(AGS);
        String lineItems = baseUrl + "/demo/api/courses/demo-course-algebra-1/lineitems";
        assertThat(ags.get("scope")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder(
                AssignmentAndGradeServicesTests.LINEITEM_SCOPE, AssignmentAndGradeServicesTests.READONLY_SCOPE,
                AssignmentAndGradeServicesTests.RESULT_SCOPE, AssignmentAndGradeServicesTests.SCORE_SCOPE);
        assertThat(ags).containsEntry("lineitems", lineItems);
        assertThat((String) ags.get("lineitem")).matches(Pattern.quote(lineItems) + "/\\d+");
        assertThat(claims.getJSONObjectClaim(NRPS))
                .containsEntry("context_memberships_url", baseUrl + "/demo/api/courses/demo-course-algebra-1/memberships")
                .containsEntry("service_versions", List.of("2.0"));
        assertThat(launch.landing().status()).isEqualTo(200);
    }

    @Test
    void theLaunchButtonsLaunchTheSelectedLink() throws ParseException {
        String linkId = addActivityAsTheTool("Fractions warm-up");

        Launch launch = launch("/demo?link=" + linkId, "demo-student-05");

        assertThat(launch.claims().getJSONObjectClaim(DeepLinkingTests.LTI + "resource_link")).containsEntry("id", linkId)
                .containsEntry("title", "Fractions warm-up");
        assertThat(launch.claims().getJSONObjectClaim(DeepLinkingTests.LTI + "custom")).containsEntry("unit", "fractions");
        assertThat(launch.landing().status()).isEqualTo(200);
        assertThat(launch.landing().body()).contains("Fractions warm-up");
    }

    @Test
    void aHintForAnotherPersonIsNotSigned() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> fields = TestTool.formFields(browser.get("/demo").body(), "data-person=\"demo-student-02\"");
        fields.put("login_hint", "demo-student-03");
        fields.remove("lti_storage_target");

        Reply platform = authorize(browser, fields);

        assertThat(TestTool.fields(platform.body())).containsEntry("error", "login_required").doesNotContainKey("id_token");
    }

    @Test
    void anUnknownRedirectUriIsRefusedWithoutRedirecting() {
        LaunchClient platform = new LaunchClient(baseUrl, false);

        Reply reply = platform.get("/demo/authorize?client_id=" + clientId + "&redirect_uri=https://attacker.example.com/"
                + "&response_type=id_token&scope=openid&response_mode=form_post&nonce=n&state=s&login_hint=demo-teacher-1");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("refused").doesNotContain("attacker.example.com\"");
    }

    /** Adds a link for the configured client by deep linking, signing the response with the tool's own key. */
    private String addActivityAsTheTool(String title) throws ParseException {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> fields = TestTool.formFields(browser.get("/demo").body(), "data-deep-linking=\"" + clientId + "\"");
        fields.remove("lti_storage_target");
        JWTClaimsSet request = SignedJWT.parse(TestTool.fields(authorize(browser, fields).body()).get("id_token")).getJWTClaimsSet();
        Map<String, Object> item = new LinkedHashMap<>(Map.of("type", "ltiResourceLink", "title", title,
                "url", baseUrl + "/lti/launch", "custom", Map.of("unit", "fractions")));
        Instant now = clock.instant();
        JWTClaimsSet response = new JWTClaimsSet.Builder().issuer(clientId).audience(baseUrl + "/demo")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", UUID.randomUUID().toString())
                .claim(DeepLinkingTests.LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(DeepLinkingTests.LTI + "version", "1.3.0")
                .claim(DeepLinkingTests.LTI + "deployment_id", request.getStringClaim(DeepLinkingTests.LTI + "deployment_id"))
                .claim(DeepLinkingTests.DL + "data", request.getJSONObjectClaim(DeepLinkingTests.SETTINGS).get("data"))
                .claim(DeepLinkingTests.DL + "content_items", List.of(item)).build();
        RSAKey key = toolKeys.signingKey();
        String jwt = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build(), response, key);
        Reply added = browser.post("/demo/deep-linking/return", Map.of("JWT", jwt));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return added.body().replaceAll("(?s).*<q data-link=\"([^\"]+)\".*", "$1");
    }

    /** The whole launch of a person's button on a course page, through the tool's login initiation. */
    private Launch launch(String coursePath, String personId) throws ParseException {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> fields = TestTool.formFields(browser.get(coursePath).body(), "data-person=\"" + personId + "\"");
        fields.remove("lti_storage_target");
        Map<String, String> posted = TestTool.fields(authorize(browser, fields).body());
        Reply landing = browser.post("/lti/launch", posted);
        return new Launch(SignedJWT.parse(posted.get("id_token")).getJWTClaimsSet(), landing);
    }

    private static Reply authorize(LaunchClient browser, Map<String, String> loginFields) {
        URI authorize = URI.create(browser.loginByPost(loginFields).reply().header("Location").orElseThrow());
        return browser.get(authorize.getRawPath() + "?" + authorize.getRawQuery());
    }

    private record Launch(JWTClaimsSet claims, Reply landing) {
    }
}
