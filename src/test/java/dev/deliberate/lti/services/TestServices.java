package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.jwk.RSAKey;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.keys.ToolKeyring;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationProperties;
import dev.deliberate.testing.TestClock;
import dev.deliberate.testing.TestPlatform;

/**
 * A Canvas and a Moodle served by one WireMock on 127.0.0.1, and the service classes wired to them
 * as the application wires them: the tool key from a keyring, registrations from the registry (both
 * stand-ins answering what the database would), a movable clock and HTTP timeouts. Response
 * shapes follow what the real platforms send.
 */
final class TestServices implements AutoCloseable {

    static final RSAKey TOOL_KEY = TestPlatform.newKey();

    static final long CANVAS = 1;
    static final long MOODLE = 2;
    static final long GONE = 99;
    /** A platform that registered itself through Dynamic Registration, with Moodle's endpoints. */
    static final long SELF_REGISTERED = 3;
    /** Dynamic Registration as an open server has it: no allowed-hosts. */
    static final RegistrationProperties OPEN_REGISTRATION = new RegistrationProperties(true, List.of(), "Deliberate", 20, List.of());
    static final String CANVAS_TOKEN_PATH = "/login/oauth2/token";
    static final String MOODLE_TOKEN_PATH = "/mod/lti/token.php";
    static final String CANVAS_CLIENT_ID = "10000000000042";
    static final String MOODLE_CLIENT_ID = "sDHcdx1BzQ4ZbFp";
    static final String LEARNER = TestPlatform.LEARNER;
    static final String INSTRUCTOR = TestPlatform.INSTRUCTOR;

    final WireMockServer server;
    private TestClock clock;
    private Registration canvas;
    private Registration moodle;
    private AccessTokens tokens;
    private ToolKeyring keyring;
    private PlatformRegistry registry;
    private Duration timeout;
    private PlatformCalls calls;

    TestServices() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        reset(Duration.ofSeconds(2), null);
    }

    /**
     * Forgets every stub, request and cached token. {@code timeout} is for service calls (token requests
     * keep 2 s, so a short one times out only the call under test); {@code canvasAudience} is the
     * client assertion audience registered for Canvas, or null.
     */
    void reset(Duration timeout, String canvasAudience) {
        server.resetAll();
        clock = new TestClock();
        canvas = registration(CANVAS, "Canvas", "https://canvas.instructure.com", CANVAS_CLIENT_ID, url(CANVAS_TOKEN_PATH), canvasAudience);
        moodle = registration(MOODLE, "Moodle", "https://moodle.example.edu", MOODLE_CLIENT_ID, url(MOODLE_TOKEN_PATH), null);
        ToolKeyring keyring = mock(ToolKeyring.class);
        when(keyring.signingKey()).thenReturn(TOOL_KEY);
        registry = mock(PlatformRegistry.class);
        when(registry.find(CANVAS)).thenReturn(Optional.of(canvas));
        when(registry.find(MOODLE)).thenReturn(Optional.of(moodle));
        when(registry.find(GONE)).thenReturn(Optional.empty());
        Registration selfRegistered = new Registration(SELF_REGISTERED, "Moodle (registered itself)", moodle.issuer(),
                "self-registered", moodle.authorizationEndpoint(), moodle.tokenEndpoint(), moodle.jwksUri(), null, List.of(),
                List.of("1"), false, PlatformSource.DYNAMIC_REGISTRATION, moodle.createdAt(), moodle.createdAt());
        when(registry.find(SELF_REGISTERED)).thenReturn(Optional.of(selfRegistered));
        this.keyring = keyring;
        tokens = new AccessTokens(keyring, properties(Duration.ofSeconds(2)), clock, OPEN_REGISTRATION, false);
        // as in production: plain http is accepted here only because WireMock listens on loopback
        this.timeout = timeout;
        calls = new PlatformCalls(registry, tokens, properties(timeout), false, OPEN_REGISTRATION);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The same WireMock under another name, so another origin: what it receives shows what would leak. */
    String foreignUrl(String path) {
        return "http://localhost:" + server.port() + path;
    }

    TestClock clock() {
        return clock;
    }

    Registration canvas() {
        return canvas;
    }

    Registration moodle() {
        return moodle;
    }

    AccessTokens tokens() {
        return tokens;
    }

    PlatformCalls calls() {
        return calls;
    }

    /** Calls as with {@code deliberate.lti.allow-http-platforms=true} (the demo profile). */
    PlatformCalls callsAllowingHttp() {
        return new PlatformCalls(registry, tokens, properties(timeout), true, OPEN_REGISTRATION);
    }

    /** Calls as an operator has them who listed {@code host} in deliberate.lti.registration.allowed-hosts. */
    PlatformCalls callsListing(String host) {
        return callsResolving(HostLookup.SYSTEM, host);
    }

    /**
     * Calls (and their token requests) whose connections resolve names through {@code lookup}, with
     * {@code listedHosts} in allowed-hosts.
     */
    PlatformCalls callsResolving(HostLookup lookup, String... listedHosts) {
        RegistrationProperties listing = new RegistrationProperties(true, List.of(listedHosts), "Deliberate", 20, List.of());
        AccessTokens ownTokens = new AccessTokens(keyring, properties(Duration.ofSeconds(2)), clock, listing, false, lookup);
        return new PlatformCalls(registry, ownTokens, properties(timeout), false, listing, lookup);
    }

    AssignmentGrades grades() {
        return new AssignmentGrades(calls);
    }

    CourseMemberships memberships() {
        return new CourseMemberships(calls);
    }

    /** Canvas's token endpoint handing out these tokens in turn (the last one again after that). */
    void canvasTokens(String... values) {
        sequence(() -> post(urlPathEqualTo(CANVAS_TOKEN_PATH)), List.of(values).stream()
                .map(value -> aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(tokenJson(value, 3600, String.join(" ", ServiceScopes.AGS))))
                .toArray(ResponseDefinitionBuilder[]::new));
    }

    /** Moodle's token.php: JSON, but labelled text/html. */
    void moodleTokens(String... values) {
        sequence(() -> post(urlPathEqualTo(MOODLE_TOKEN_PATH)), List.of(values).stream()
                .map(value -> aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(tokenJson(value, 3600, String.join(" ", ServiceScopes.AGS))))
                .toArray(ResponseDefinitionBuilder[]::new));
    }

    static String tokenJson(String token, long expiresIn, String scope) {
        return """
                {"access_token":"%s","token_type":"Bearer","expires_in":%d,"scope":"%s"}""".formatted(token, expiresIn, scope);
    }

    /** Answers the requests matching {@code request} with {@code responses} in turn, repeating the last. */
    void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        String scenario = UUID.randomUUID().toString();
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder stub = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer-" + i).willReturn(responses[i]);
            if (i < responses.length - 1) {
                stub.willSetStateTo("answer-" + (i + 1));
            }
            server.stubFor(stub);
        }
    }

    List<LoggedRequest> tokenRequests(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** Moodle's error page, trimmed: the reason sits deep in the body, after the head and the navigation. */
    static String moodleErrorPage() {
        return """
                <!DOCTYPE html>
                <html  dir="ltr" lang="en" xml:lang="en">
                <head>
                    <title>Error | Moodle Example</title>
                    <link rel="shortcut icon" href="https://moodle.example.edu/theme/image.php/boost/theme/1700000000/favicon" />
                    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
                    <meta name="keywords" content="moodle, Error | Moodle Example" />
                    <link rel="stylesheet" type="text/css" href="https://moodle.example.edu/theme/styles.php/boost/1700000000_1/all" />
                    <script>
                    //<![CDATA[
                    var M = {}; M.yui = {}; M.cfg = {"wwwroot":"https:\\/\\/moodle.example.edu","sesskey":"","developerdebug":false};
                    //]]>
                    </script>
                </head>
                <body id="page-mod-lti-token" class="format-site path-mod path-mod-lti chrome dir-ltr lang-en pagelayout-base">
                <div><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
                <nav class="navbar fixed-top"><a href="https://moodle.example.edu/" class="navbar-brand">Moodle Example</a></nav>
                <div id="page" class="container-fluid">
                  <div role="main"><span id="maincontent"></span>
                    <div class="box errorbox alert alert-danger">
                      <p class="errormessage">Can not find data record in database.</p>
                    </div>
                  </div>
                </div>
                </body>
                </html>
                """;
    }

    static LtiProperties properties(Duration httpTimeout) {
        return new LtiProperties(Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofSeconds(30),
                httpTimeout, 32768, Duration.ofSeconds(3), Duration.ofHours(1), "lti-config/platforms", List.of());
    }

    private static Registration registration(long id, String name, String issuer, String clientId, String tokenEndpoint,
            String tokenAudience) {
        Instant created = Instant.parse("2025-01-06T09:00:00Z");
        return new Registration(id, name, issuer, clientId, issuer + "/auth", tokenEndpoint, issuer + "/jwks", tokenAudience,
                List.of(), List.of("1"), false, PlatformSource.ADMIN_API, created, created);
    }

    @Override
    public void close() {
        server.stop();
    }
}
