package dev.deliberate.shared;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The public origin of this tool as browsers and LMS servers reach it ({@code deliberate.base-url}).
 * Every absolute URL the tool hands out (login initiation, launch, JWKS) is built from it.
 */
@Validated
@ConfigurationProperties("deliberate")
public record ToolUrls(@NotNull URI baseUrl) {

    public ToolUrls {
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /** An absolute URL for a path of this tool, e.g. {@code url("/lti/launch")}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** True when the tool is served over HTTPS, which cross-site cookies require. */
    public boolean secure() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    /** The scheme, host and port of the tool, as a browser writes an origin. */
    public String origin() {
        return Origins.of(baseUrl.toString());
    }
}
