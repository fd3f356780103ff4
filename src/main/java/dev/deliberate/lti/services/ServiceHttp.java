package dev.deliberate.lti.services;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import dev.deliberate.lti.platform.CheckedResolver;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformHttpClients;
import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * HTTP to platforms: bounded timeouts, no redirects, responses read whole up to {@link #MAX_BODY}
 * (a larger one is refused without reading the rest); no answer in time, a reset or a refused
 * connection is a transient failure. What an answer means is {@link ServiceAnswer}'s to say.
 *
 * <p>A call that must reach a public address ({@link #sendPinned}) goes through a client whose
 * connection resolves the host itself and refuses a non-public answer ({@link CheckedResolver}):
 * the address checked is the address connected to, so a name that changes its answer between a
 * check and the call (DNS rebinding) cannot lead the tool into its own network. The JDK's client,
 * which the other calls use, has no resolver hook on Java 17.
 */
final class ServiceHttp {

    static final int MAX_BODY = 4 * 1024 * 1024;
    /** Ends pinned calls at their deadline, however slowly their answer arrives. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "platform-call-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient client;
    private final CloseableHttpClient pinned;
    private final Duration timeout;

    ServiceHttp(Duration timeout) {
        this(timeout, HostLookup.SYSTEM, host -> false);
    }

    /** {@code mayBePrivate}: hosts the operator listed, which pinned calls may reach on any address. */
    ServiceHttp(Duration timeout, HostLookup lookup, Predicate<String> mayBePrivate) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.pinned = PlatformHttpClients.create(timeout, new CheckedResolver(lookup, mayBePrivate));
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
     * As {@link #send}, connected only to an address that is public (or of a host the operator
     * listed), checked by the connection itself; a non-public one is a permanent failure named by
     * {@code what}, and nothing is sent.
     */
    ServiceAnswer sendPinned(HttpRequest request, String what) {
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().map().forEach((name, values) -> values.forEach(value -> call.addHeader(name, value)));
        request.bodyPublisher().ifPresent(body -> call.setEntity(new ByteArrayEntity(bytes(body), null)));
        ScheduledFuture<?> deadline = DEADLINES.schedule(call::cancel, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = pinned.executeOpen(null, call, null)) {
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.getContentLength() > MAX_BODY) {
                throw tooLarge(request, response.getCode());
            }
            byte[] body = entity == null ? new byte[0] : entity.getContent().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge(request, response.getCode());
            }
            return new ServiceAnswer(request.uri(), response.getCode(), headers(response.getHeaders()),
                    new String(body, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            Optional<CheckedResolver.NotPublic> notPublic = CheckedResolver.NotPublic.in(e);
            if (notPublic.isPresent()) {
                throw new ServiceFailure(Kind.PERMANENT, 0, what + " URL " + ServiceUrls.cut(request.uri().toString())
                        + " is on the private address " + notPublic.get().address() + ", which a self-registered platform may not "
                        + "use (deliberate.lti.registration.private-hosts)", null);
            }
            if (call.isCancelled()) {
                throw timedOut(request);
            }
            throw new ServiceFailure(Kind.TRANSIENT, 0, request.method() + " " + request.uri() + " failed: " + e, null);
        }
        finally {
            deadline.cancel(false);
        }
    }

    /** A request body as the JDK's publishers give it (whole strings and byte arrays, published at once). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        return done.join();
    }

    private static HttpHeaders headers(Header[] all) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : all) {
            map.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(map, (name, value) -> true);
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
