package dev.deliberate.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * Appends query parameters to a URL that may already have a query, encoding every value strictly
 * (a JSON {@code lti_message_hint} or a URL keeps its braces, ampersands and equals signs).
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** The URL with the parameters appended in order; null values are left out. */
    public static String append(String url, Map<String, String> params) {
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> UriUtils.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + UriUtils.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (query.isEmpty()) {
            return url;
        }
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        String separator = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
        return base + separator + query + (fragment < 0 ? "" : url.substring(fragment));
    }
}
