package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSettings;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * One platform's JWKS endpoint hangs (an LMS having a bad day) while its students launch: their
 * launches wait for it, and every other platform's launches go through meanwhile. The slow JWKS is
 * held open by the test until the others are done, so the test does not depend on timing; the
 * tool's timeout for platform calls is raised so that it cannot end the wait first.
 */
@TestPropertySource(properties = "deliberate.lti.http-timeout=60s")
class SlowJwksTests extends IntegrationTestSupport {

    /** More held launches than the embedded pool has connections: a launch must not hold one while it waits for keys. */
    private static final int HELD = 12;
    private static final int OTHERS = 10;

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Test
    void launchesOfOtherPlatformsCompleteWhileOnePlatformsKeysAreSlow() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Semaphore asked = new Semaphore(0);
        ExecutorService browsers = Executors.newFixedThreadPool(HELD);
        try (TestPlatform slow = TestPlatform.create(clock); TestPlatform quick = TestPlatform.create(clock)) {
            HttpServer jwks = slowJwks(new JWKSet(slow.key().toPublicJWK()).toString(), asked, release);
            try {
                PlatformSettings held = slow.settings();
                registry.save(new PlatformSettings(held.name(), held.issuer(), held.clientId(), held.authorizationEndpoint(),
                        held.tokenEndpoint(), "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks", null, List.of(),
                        held.deployments()), PlatformSource.ADMIN_API);
                registry.save(quick.settings(), PlatformSource.ADMIN_API);

                List<CompletableFuture<Reply>> waiting = new ArrayList<>();
                for (int i = 0; i < HELD; i++) {
                    waiting.add(CompletableFuture.supplyAsync(() -> launch(slow), browsers));
                }
                assertThat(asked.tryAcquire(60, TimeUnit.SECONDS)).as("the slow platform was asked for its keys").isTrue();

                for (int i = 0; i < OTHERS; i++) {
                    Reply other = launch(quick);
                    assertThat(other.status()).as(other.body()).isEqualTo(200);
                    assertThat(other.body()).contains("id=\"student-home\"");
                }
                assertThat(waiting).as("the slow platform's launches still wait for its keys").noneMatch(CompletableFuture::isDone);

                release.countDown();
                for (CompletableFuture<Reply> launch : waiting) {
                    Reply reply = launch.get(60, TimeUnit.SECONDS);
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                }
            }
            finally {
                release.countDown();
                jwks.stop(0);
            }
        }
        finally {
            browsers.shutdownNow();
        }
    }

    private Reply launch(TestPlatform platform) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(platform.loginParameters(baseUrl));
        return browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").build()), login.state());
    }

    /** A JWKS endpoint that answers only once {@code release} opens, counting each request in {@code asked}. */
    private static HttpServer slowJwks(String body, Semaphore asked, CountDownLatch release) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/jwks", exchange -> {
            asked.release();
            try {
                release.await(120, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }
}
