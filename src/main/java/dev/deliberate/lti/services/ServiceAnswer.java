package dev.deliberate.lti.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * A platform's answer to a request for {@code uri}: success, or the failure it stands for (429, 5xx
 * and Canvas's throttling 403 transient, any other non-2xx permanent), and the links it names.
 */
record ServiceAnswer(URI uri, int status, HttpHeaders headers, String body) {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;[^,]*?rel=\"?([^\",;]+)\"?");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The failure this answer stands for, classified. */
    ServiceFailure failure(String what) {
        String detail = what + " answered " + status + ": " + abbreviate(body);
        if (status == 429 || status == 408 || status >= 500 || throttled()) {
            return new ServiceFailure(Kind.TRANSIENT, status, detail, retryAfter(headers));
        }
        return new ServiceFailure(Kind.PERMANENT, status, detail, null);
    }

    /** Canvas throttles with 403 "Rate Limit Exceeded" and X-Rate-Limit-Remaining at 0. */
    private boolean throttled() {
        if (status != 403) {
            return false;
        }
        boolean noneLeft = headers.firstValue("X-Rate-Limit-Remaining").map(v -> v.trim().matches("0(\\.0+)?")).orElse(false);
        return noneLeft || body.contains("Rate Limit Exceeded");
    }

    /** The target of the {@code Link} with this rel, resolved against the request's URL (RFC 8288 §3.1 allows relative ones). */
    Optional<String> link(String rel) {
        for (String header : headers.allValues("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                if (m.group(2).equalsIgnoreCase(rel)) {
                    return Optional.of(resolve(m.group(1), "Link rel=\"" + rel + "\""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A URL this answer names ({@code what}) for the tool to call next with the same token, resolved
     * against the request's URL. It must be on the request's origin (scheme, host and port): a platform's
     * answer may not send the course's access token elsewhere, nor from https down to http.
     */
    String resolve(String target, String what) {
        String reference = target.trim();
        URI resolved;
        try {
            // RFC 3986 §5.2.2: a query-only reference keeps the whole path, which URI.resolve (RFC 2396) would cut
            resolved = reference.startsWith("?") ? new URI(uri.toString().replaceFirst("[?#].*$", "") + reference)
                    : uri.resolve(new URI(reference));
        }
        catch (URISyntaxException e) {
            resolved = null;
        }
        if (resolved == null || !ServiceUrls.usable(resolved)) {
            throw new ServiceFailure(Kind.PERMANENT, status, what + " " + ServiceUrls.cut(target) + " in the answer from " + uri
                    + " is not an http(s) URL", null);
        }
        if (!ServiceUrls.origin(resolved).equals(ServiceUrls.origin(uri))) {
            throw new ServiceFailure(Kind.PERMANENT, status, what + " " + ServiceUrls.cut(target) + " in the answer from " + uri
                    + " leads to another origin than " + ServiceUrls.origin(uri) + "; the access token is sent only there", null);
        }
        return resolved.toString();
    }

    /**
     * Retry-After in seconds or as an HTTP date, at most {@link #MAX_RETRY_AFTER}; null when absent or
     * unreadable. A platform's wish is honoured within reason: a score is not parked for days on its word.
     */
    static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(String::trim).map(value -> {
            if (value.matches("\\d+")) {
                return value.length() > 7 ? MAX_RETRY_AFTER : atMostMax(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : atMostMax(until);
            }
            catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }

    private static Duration atMostMax(Duration wait) {
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /** The body for a message: an HTML error page (Moodle's) reduced to its text, on one line, cut short. */
    private static String abbreviate(String body) {
        String text = body == null ? "" : body;
        if (text.stripLeading().startsWith("<")) {
            String page = text.length() > 100_000 ? text.substring(0, 100_000) : text;
            text = MARKUP.matcher(HIDDEN.matcher(page).replaceAll(" ")).replaceAll(" ");
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
