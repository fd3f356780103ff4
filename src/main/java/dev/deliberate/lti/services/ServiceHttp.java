package dev.deliberate.lti.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * HTTP to platforms: bounded timeouts, no redirects, responses read whole up to {@link #MAX_BODY}
 * (a larger one is refused without reading the rest); no answer in time, a reset or a refused
 * connection is a transient failure. What an answer means is {@link ServiceAnswer}'s to say.
 */
final class ServiceHttp {

    static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    ServiceHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A request to {@code url}; a URL that is not an absolute http(s) URL is a permanent failure. */
    HttpRequest.Builder request(String url) {
        URI uri = ServiceUrls.uri(url);
        try {
            return HttpRequest.newBuilder(uri).timeout(timeout);
        }
        catch (IllegalArgumentException e) {
            throw ServiceUrls.invalidUrl(url, e.getMessage());
        }
    }

    /**
     * The platform's answer, whole within the timeout; throws a transient failure when none came and a
     * permanent one when the body is larger than {@link #MAX_BODY}, said or found: no more than that is read.
     */
    ServiceAnswer send(HttpRequest request) {
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
        return new ServiceAnswer(request.uri(), response.statusCode(), response.headers(), body(request, response, deadline));
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

}
