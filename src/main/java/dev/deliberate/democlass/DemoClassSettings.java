package dev.deliberate.democlass;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo class's settings, read from the demo LMS's keys ({@code deliberate.demo.*}).
 *
 * @param classHistories whether the demo students get practice histories on first start
 *                       ({@code DELIBERATE_DEMO_CLASS_HISTORIES}, on by default with the demo profile)
 * @param baseUrl        the demo LMS's origin, whose course page the students are launched from
 */
@ConfigurationProperties("deliberate.demo")
public record DemoClassSettings(boolean classHistories, URI baseUrl) {

    /** The demo LMS's course page. */
    String coursePage() {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/demo";
    }
}
