package dev.deliberate.lti.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * HTTP to platforms: bounded timeouts, no redirects, responses read whole up to {@link #MAX_BODY}
 * (a larger one is refused without reading the rest), and every failure classified. 429, 5xx,
 * timeouts, resets and Canvas's throttling (403 "Rate Limit Exceeded") are transient; anything else
 * that is not 2xx is permanent.
 */
final class ServiceHttp {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;[^,]*?rel=\"?([^\",;]+)\"?");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    static final int MAX_BODY = 4 * 1024 * 1024;
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final HttpClient client;
    private final Duration timeout;

    ServiceHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A request to {@code url}; a URL that is not an absolute http(s) URL is a permanent failure. */
    HttpRequest.Builder request(String url) {
        URI uri = uri(url);
        try {
            return HttpRequest.newBuilder(uri).timeout(timeout);
        }
        catch (IllegalArgumentException e) {
            throw invalidUrl(url, e.getMessage());
        }
    }

    /** {@code url} as an absolute http(s) URI with a host, or a permanent failure saying what is wrong with it. */
    static URI uri(String url) {
        if (url == null) {
            throw invalidUrl("null", "no URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        }
        catch (URISyntaxException e) {
            throw invalidUrl(url, e.getReason());
        }
        if (!usable(uri)) {
            throw invalidUrl(url, "not an absolute http(s) URL with a host");
        }
        return uri;
    }

    private static boolean usable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"));
    }

    /** RFC 6454 origin of an http(s) URI: scheme, host and port, the default port written out. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static ServiceFailure invalidUrl(String url, String why) {
        return new ServiceFailure(Kind.PERMANENT, 0, "service URL " + cut(url) + " is not valid: " + why, null);
    }

    /** A URL for a message: whole when short, else its start (a platform's URL is not trusted to be short). */
    static String cut(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "…" : url;
    }

    /**
     * The platform's answer, whole within the timeout; throws a transient failure when none came and a
     * permanent one when the body is larger than {@link #MAX_BODY}, said or found: no more than that is read.
     */
    Answer send(HttpRequest request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new ServiceFailure(Kind.TRANSIENT, 0, request.method() + " " + request.uri() + " failed: " + e.getCause(), null);
        }
        catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(request);
        }
        catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceFailure(Kind.TRANSIENT, 0, "interrupted", null);
        }
        return new Answer(request.uri(), response.statusCode(), response.headers(), body(request, response, deadline));
    }

    /**
     * The body, read by the deadline (the request timeout stops at the headers: a body that trickles or
     * stalls is ended by closing its stream) and refused as soon as it is known to be too large.
     */
    private String body(HttpRequest request, HttpResponse<InputStream> response, long deadline) {
        CompletableFuture<Void> reading = new CompletableFuture<>();
        try (InputStream in = response.body()) {
            if (response.headers().firstValue("Content-Length").map(ServiceHttp::overLimit).orElse(false)) {
                throw tooLarge(request, response.statusCode());
            }
            reading.orTimeout(deadline - System.nanoTime(), TimeUnit.NANOSECONDS).whenComplete((done, late) -> {
                if (late != null) {
                    closeQuietly(in);
                }
            });
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge(request, response.statusCode());
            }
            return new String(body, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            if (reading.isCompletedExceptionally()) {
                throw timedOut(request);
            }
            throw new ServiceFailure(Kind.TRANSIENT, 0, request.method() + " " + request.uri() + " failed: " + e, null);
        }
        finally {
            reading.complete(null);
        }
    }

    private static boolean overLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        }
        catch (IOException e) {
            // it is being abandoned: the reader sees the stream closed
        }
    }

    private ServiceFailure timedOut(HttpRequest request) {
        return new ServiceFailure(Kind.TRANSIENT, 0, request.method() + " " + request.uri() + " failed: answer not complete, timed out after "
                + timeout.toMillis() + " ms", null);
    }

    private static ServiceFailure tooLarge(HttpRequest request, int status) {
        return new ServiceFailure(Kind.PERMANENT, status, request.method() + " " + request.uri() + " answered larger than " + MAX_BODY
                + " bytes", null);
    }

    /** A platform's answer to a request for {@code uri}. */
    record Answer(URI uri, int status, HttpHeaders headers, String body) {

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
            if (resolved == null || !usable(resolved)) {
                throw new ServiceFailure(Kind.PERMANENT, status, what + " " + cut(target) + " in the answer from " + uri
                        + " is not an http(s) URL", null);
            }
            if (!origin(resolved).equals(origin(uri))) {
                throw new ServiceFailure(Kind.PERMANENT, status, what + " " + cut(target) + " in the answer from " + uri
                        + " leads to another origin than " + origin(uri) + "; the access token is sent only there", null);
            }
            return resolved.toString();
        }
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

    /** The URL with a path segment added before its query (Moodle's service URLs carry ?type_id=…). */
    static String withPath(String url, String segment) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + segment + rest;
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
