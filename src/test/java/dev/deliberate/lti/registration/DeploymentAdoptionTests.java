package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.TestLms.CANVAS_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.MOODLE_CONFIGURATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * What Dynamic Registration enables after it: Canvas names a deployment only in the launches it
 * signs, so a registration stored without one accepts an unknown deployment id from a login and a
 * launch that pass every check, and adds it. A launch refused for any reason adds nothing, and a
 * registration that named its deployment (Moodle) adopts none.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeploymentAdoptionTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String CLIENT_ID = "10000000000077";
    private static final String TOKEN = "canvas-registration-token";
    private static final String DEPLOYMENT = "12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb";

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestLms canvas;
    TestPlatform signer;

    @BeforeEach
    void registerCanvas() {
        canvas = new TestLms();
        signer = new TestPlatform(canvas.origin(), CLIENT_ID, List.of(DEPLOYMENT), clock);
        ObjectNode config = canvas.canvasConfiguration();
        config.put("jwks_uri", signer.jwksUri());
        canvas.serveConfigurationTo(TOKEN, CANVAS_CONFIGURATION, config);
        canvas.answerAsCanvas(CLIENT_ID);
        Reply registered = new LaunchClient(baseUrl, false).post("/lti/register", Map.of(
                "openid_configuration", canvas.url(CANVAS_CONFIGURATION), "registration_token", TOKEN));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registration().deploymentIds()).isEmpty();
    }

    @AfterEach
    void stopCanvas() {
        canvas.close();
        signer.close();
    }

    @Test
    void aSignedLaunchFromTheRegisteredPlatformAddsTheDeploymentItNames(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(loginParams(DEPLOYMENT));
        assertThat(login.reply().status()).as("login with a deployment not known yet").isEqualTo(302);
        assertThat(login.reply().header("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith(canvas.url("/api/lti/authorize_redirect?")));

        Reply home = browser.launch(signer.sign(signer.launchClaims(login.nonce(), target()).build()), login.state());

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"student-home\"");
        Registration adopted = registration();
        assertThat(adopted.deploymentIds()).containsExactly(DEPLOYMENT);
        assertThat(adopted.adoptsDeployments()).as("a later install in another account is adopted too").isTrue();
        assertThat(jdbc.sql("SELECT deployment_id FROM course_context WHERE issuer = ?").param(canvas.origin())
                .query(String.class).list()).containsExactly(DEPLOYMENT);
        assertThat(output.getOut()).contains("LTI deployment adopted reason=DEPLOYMENT_ADOPTED iss=" + canvas.origin()
                + " client_id=" + CLIENT_ID + " deployment=" + DEPLOYMENT);
    }

    @Test
    void aLaunchWithoutDeploymentHintAtLoginIsAdoptedFromTheIdToken() {
        Map<String, String> params = loginParams(DEPLOYMENT);
        params.remove("lti_deployment_id");
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByPost(params);

        assertThat(browser.launch(signer.sign(signer.launchClaims(login.nonce(), target()).build()), login.state()).status())
                .isEqualTo(200);
        assertThat(registration().deploymentIds()).containsExactly(DEPLOYMENT);
    }

    @Test
    void eachNewDeploymentOfTheSameClientIsAdoptedOnce() {
        String other = "15:0b7e0c5f2b0d4c4e9d3f6f2b1a7c9e8d5f4a3b2c";
        assertThat(launch(DEPLOYMENT).status()).isEqualTo(200);
        assertThat(launch(other).status()).isEqualTo(200);
        assertThat(launch(DEPLOYMENT).status()).isEqualTo(200);

        assertThat(registration().deploymentIds()).containsExactlyInAnyOrder(DEPLOYMENT, other);
    }

    @Test
    void aClassOpeningANewDeploymentAtOnceIsLetInAndTheDeploymentAddedOnce() throws Exception {
        int students = 8;
        List<LaunchClient> browsers = new ArrayList<>();
        List<String[]> launches = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            LaunchClient browser = new LaunchClient(baseUrl, true);
            Login login = browser.loginByGet(loginParams(DEPLOYMENT));
            browsers.add(browser);
            launches.add(new String[] { signer.sign(signer.launchClaims(login.nonce(), target()).build()), login.state() });
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(students);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                LaunchClient browser = browsers.get(i);
                String[] launch = launches.get(i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return browser.launch(launch[0], launch[1]).status();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).as("every student of the class gets in").isEqualTo(200);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(registration().deploymentIds()).containsExactly(DEPLOYMENT);
    }

    @Test
    void aLaunchSignedWithAnotherKeyIsRefusedAndAddsNothing(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(loginParams(DEPLOYMENT));
        // the platform's kid, someone else's key
        String forged = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.key().getKeyID()).build(),
                signer.launchClaims(login.nonce(), target()).build(), TestPlatform.newKey());

        Reply refused = browser.launch(forged, login.state());

        assertThat(refused.reason()).contains("SIGNATURE_INVALID");
        assertThat(registration().deploymentIds()).isEmpty();
        assertThat(output.getOut()).doesNotContain("DEPLOYMENT_ADOPTED");
    }

    @Test
    void aLaunchRefusedByAnyClaimRuleAddsNothing() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(loginParams(DEPLOYMENT));
        JWTClaimsSet wrongAudience = signer.launchClaims(login.nonce(), target()).audience("another-client").build();

        Reply refused = browser.launch(signer.sign(wrongAudience), login.state());

        assertThat(refused.reason()).contains("AUD_MISMATCH");
        assertThat(registration().deploymentIds()).isEmpty();
    }

    @Test
    void aRegistrationThatNamedItsDeploymentAdoptsNoOther() {
        TestLms moodle = new TestLms();
        TestPlatform moodleSigner = new TestPlatform(moodle.origin(), "moodle-client", List.of("3"), clock);
        try (moodle; moodleSigner) {
            ObjectNode config = moodle.moodleConfiguration();
            config.put("jwks_uri", moodleSigner.jwksUri());
            moodle.serveConfiguration(MOODLE_CONFIGURATION, config);
            moodle.answerAsMoodle("moodle-client", "3");
            assertThat(new LaunchClient(baseUrl, false).post("/lti/register", Map.of("openid_configuration",
                    moodle.url(MOODLE_CONFIGURATION), "registration_token", moodle.registrationToken("moodle-client"))).status())
                    .isEqualTo(200);
            Map<String, String> params = new LinkedHashMap<>(Map.of("iss", moodle.origin(), "login_hint", "2",
                    "target_link_uri", target(), "client_id", "moodle-client", "lti_deployment_id", "4"));

            LaunchClient browser = new LaunchClient(baseUrl, true);
            assertThat(browser.loginByPost(params).reply().reason()).contains("LOGIN_DEPLOYMENT_UNKNOWN");

            params.remove("lti_deployment_id");
            Login login = browser.loginByPost(params);
            JWTClaimsSet claims = moodleSigner.launchClaims(login.nonce(), target()).claim(LTI + "deployment_id", "4").build();
            assertThat(browser.launch(moodleSigner.sign(claims), login.state()).reason()).contains("DEPLOYMENT_UNKNOWN");

            assertThat(registry.find(moodle.origin(), "moodle-client").orElseThrow().deploymentIds()).containsExactly("3");
        }
    }

    private Reply launch(String deployment) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(loginParams(deployment));
        JWTClaimsSet claims = signer.launchClaims(login.nonce(), target()).claim(LTI + "deployment_id", deployment).build();
        return browser.launch(signer.sign(claims), login.state());
    }

    private Map<String, String> loginParams(String deployment) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", canvas.origin());
        params.put("login_hint", "hint-1");
        params.put("target_link_uri", target());
        params.put("client_id", CLIENT_ID);
        params.put("lti_deployment_id", deployment);
        params.put("canvas_region", "us-east-1");
        return params;
    }

    private String target() {
        return baseUrl + "/lti/launch";
    }

    private Registration registration() {
        return registry.find(canvas.origin(), CLIENT_ID).orElseThrow();
    }
}
