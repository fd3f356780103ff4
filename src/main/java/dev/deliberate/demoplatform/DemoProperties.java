package dev.deliberate.demoplatform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.deliberate.shared.Origins;

/**
 * The demo platform's settings ({@code deliberate.demo.*}).
 *
 * @param enabled      whether the demo platform runs (only with the demo profile)
 * @param baseUrl      the platform's origin as the browser reaches it; its issuer is {@code baseUrl + "/demo"}
 * @param clientId     the client_id the platform gave the tool
 * @param deploymentId the deployment the seeded course uses
 * @param likeMoodle   behave as Moodle 4.3 does: no LTI postMessage storage, and each launch hint answered once
 * @param classHistories whether the tool gives the demo students simulated practice histories on first
 *                     start (the tool's own setting of the same name; the course page says so)
 */
@ConfigurationProperties("deliberate.demo")
public record DemoProperties(boolean enabled, URI baseUrl, String clientId, String deploymentId, boolean likeMoodle,
        boolean classHistories) {

    /** The platform's issuer, {@code baseUrl + "/demo"}. */
    public String issuer() {
        return url("/demo");
    }

    /** An absolute URL of the platform for a path such as {@code /demo/token}. */
    public String url(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The platform's origin as a browser writes it. */
    public String origin() {
        return Origins.of(baseUrl.toString());
    }
}
