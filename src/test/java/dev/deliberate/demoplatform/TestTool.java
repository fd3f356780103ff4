package dev.deliberate.demoplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.testing.TestPlatform;

/**
 * A tool of our own making that joins the demo platform over HTTP only, as any LTI tool would: it
 * registers through Dynamic Registration with a WireMock JWKS whose key it holds, asks for access
 * tokens with signed client assertions, runs the platform's OIDC authorization step, and signs
 * deep linking responses.
 */
final class TestTool implements AutoCloseable {

    static final String LTI_TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Pattern REGISTER = Pattern.compile("<a id=\"register-deliberate\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final WireMockServer server;
    private final String demoUrl;
    private final Clock clock;
    private final DemoHttp http = new DemoHttp();
    private final RSAKey key = TestPlatform.newKey();
    private String clientId;
    private String deploymentId;

    private TestTool(String demoUrl, Clock clock) {
        this.demoUrl = demoUrl;
        this.clock = clock;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        this.server.start();
        server.stubFor(get("/jwks").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(key.toPublicJWK()).toString(true))));
    }

    /** A tool registered with the demo platform at {@code demoUrl} (its base URL, without /demo), with these scopes. */
    static TestTool registered(String demoUrl, Clock clock, String scope) {
        TestTool tool = new TestTool(demoUrl, clock);
        Registration registration = tool.startRegistration();
        Answer answer = tool.register(registration.registrationToken(), tool.registrationRequest(scope));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        tool.clientId = answer.json().get("client_id").stringValue();
        tool.deploymentId = answer.json().get(LTI_TOOL_CONFIGURATION).get("deployment_id").stringValue();
        return tool;
    }

    /** An unregistered tool, to run the registration by hand. */
    static TestTool unregistered(String demoUrl, Clock clock) {
        return new TestTool(demoUrl, clock);
    }

    String clientId() {
        return clientId;
    }

    String deploymentId() {
        return deploymentId;
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    String launchUrl() {
        return origin() + "/launch";
    }

    Instant now() {
        return clock.instant();
    }

    RSAKey key() {
        return key;
    }

    DemoHttp http() {
        return http;
    }

    /** What the demo's tools page hands the tool: its OpenID configuration URL and a fresh registration token. */
    Registration startRegistration() {
        Matcher link = REGISTER.matcher(http.get(demoUrl + "/demo/tools", Map.of()).body());
        assertThat(link.find()).as("the tools page offers dynamic registration").isTrue();
        Map<String, String> query = Arrays.stream(URI.create(link.group(1).replace("&amp;", "&")).getRawQuery().split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new Registration(query.get("openid_configuration"), query.get("registration_token"));
    }

    Map<String, Object> registrationRequest(String scope) {
        Map<String, Object> lti = new LinkedHashMap<>();
        lti.put("domain", "127.0.0.1");
        lti.put("target_link_uri", launchUrl());
        lti.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        lti.put("messages", List.of(Map.of("type", "LtiResourceLinkRequest"),
                Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", origin() + "/deep-linking")));
        lti.put("custom_parameters", Map.of("tool_custom", "from-registration"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", origin() + "/login");
        request.put("redirect_uris", List.of(launchUrl()));
        request.put("client_name", "Test tool " + server.port());
        request.put("jwks_uri", origin() + "/jwks");
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", scope);
        request.put(LTI_TOOL_CONFIGURATION, lti);
        return request;
    }

    Answer register(String registrationToken, Map<String, Object> request) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        if (registrationToken != null) {
            headers.put("Authorization", "Bearer " + registrationToken);
        }
        return http.send("POST", demoUrl + "/demo/registration", DemoHttp.json(request), headers);
    }

    /** The claims of a valid client assertion for the token endpoint, changed as the test needs. */
    String assertion(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = clock.instant();
        return sign(change.apply(new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(demoUrl + "/demo/token").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())).build());
    }

    Answer requestToken(String scope, String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", JWT_BEARER);
        form.put("client_assertion", assertion);
        form.put("scope", scope);
        return http.form(demoUrl + "/demo/token", form);
    }

    /** A fresh access token for these scopes. */
    String token(String... scopes) {
        Answer answer = requestToken(String.join(" ", scopes), assertion(c -> c));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("access_token").stringValue();
    }

    static Map<String, String> bearer(String token, String... more) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + token));
        for (int i = 0; i + 1 < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    String sign(JWTClaimsSet claims) {
        return TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims, key);
    }

    /** Runs the platform's authorization step for a launch form of the course page (selected by a CSS-like attribute). */
    JWTClaimsSet authorize(String coursePath, String formAttribute) {
        Map<String, String> fields = formFields(http.get(demoUrl + coursePath, Map.of()).body(), formAttribute);
        Map<String, String> request = new LinkedHashMap<>();
        request.put("scope", "openid");
        request.put("response_type", "id_token");
        request.put("response_mode", "form_post");
        request.put("prompt", "none");
        request.put("client_id", fields.get("client_id"));
        request.put("redirect_uri", launchUrl());
        request.put("login_hint", fields.get("login_hint"));
        request.put("lti_message_hint", fields.get("lti_message_hint"));
        request.put("state", UUID.randomUUID().toString());
        request.put("nonce", UUID.randomUUID().toString());
        Answer posted = http.form(demoUrl + "/demo/authorize", request);
        return verifiedByPlatform(fields(posted.body()).get("id_token"));
    }

    private JWTClaimsSet verifiedByPlatform(String idToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            JWKSet platformKeys = JWKSet.parse(http.get(demoUrl + "/demo/jwks", Map.of()).body());
            RSAKey platformKey = (RSAKey) platformKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(jwt.verify(new RSASSAVerifier(platformKey))).as("signed by the platform's published key").isTrue();
            return jwt.getJWTClaimsSet();
        }
        catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("not a valid id_token: " + idToken, e);
        }
    }

    static Map<String, String> formFields(String page, String formAttribute) {
        Matcher form = Pattern.compile("<form[^>]*" + Pattern.quote(formAttribute) + "[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(form.find()).as("a form " + formAttribute).isTrue();
        return fields(form.group(1));
    }

    static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The two parameters of a registration request (LTI DR 1.0, 3.3). */
    record Registration(String openidConfiguration, String registrationToken) {
    }
}
