package dev.deliberate.testing;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, with the demo platform, an in-memory H2 and a movable
 * clock. The port is chosen before the context starts because the tool's base URL (which every
 * LTI check compares against) must name it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({ "demo", "it" })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTestSupport {

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("server.port", () -> port);
        registry.add("deliberate.base-url", () -> "http://localhost:" + port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
