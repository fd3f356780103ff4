package dev.deliberate.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser stand-in for launch tests: keeps cookies like a browser that allows them (or none at
 * all), never follows redirects, and reads what the tool answered.
 */
public final class LaunchClient {

    private static final Pattern REASON = Pattern.compile("id=\"reason-code\">([A-Z_]+)<");
    private static final Pattern NEXT = Pattern.compile("data-next=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies;

    public LaunchClient(String baseUrl, boolean keepsCookies) {
        this.baseUrl = baseUrl;
        this.cookies = new CookieManager(null, keepsCookies ? CookiePolicy.ACCEPT_ALL : CookiePolicy.ACCEPT_NONE);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET());
    }

    public Reply get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Reply post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    public Reply post(String path, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(request::header);
        return send(request);
    }

    /** The login initiation by GET; the state and nonce come back in the redirect's query. */
    public Login loginByGet(Map<String, String> params) {
        return new Login(get("/lti/login?" + encode(params)));
    }

    public Login loginByPost(Map<String, String> params) {
        return new Login(post("/lti/login", params));
    }

    public Reply launch(String idToken, String state) {
        Map<String, String> form = new LinkedHashMap<>();
        if (idToken != null) {
            form.put("id_token", idToken);
        }
        if (state != null) {
            form.put("state", state);
        }
        return post("/lti/launch", form);
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** What the tool answered. */
    public record Reply(int status, String body, HttpHeaders headers) {

        /** The reason code on an error page. */
        public Optional<String> reason() {
            Matcher m = REASON.matcher(body);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public boolean setsCookie(String prefix) {
            return headers.allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(prefix) && !c.contains("Max-Age=0"));
        }
    }

    /** A login initiation's answer: a redirect to the platform carrying state and nonce. */
    public record Login(Reply reply) {

        /** The query of the authorization request: from the redirect, or from the storage page's next URL. */
        public Map<String, String> redirectQuery() {
            String location = reply.header("Location").or(this::storagePageNext).orElseThrow(() -> new AssertionError(
                    "login did not redirect: " + reply.status() + " " + reply.reason().orElse(reply.body())));
            String query = URI.create(location).getRawQuery();
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return params;
        }

        public String state() {
            return redirectQuery().get("state");
        }

        /** True when the tool answered with the postMessage storage page instead of a redirect. */
        public boolean storagePage() {
            return reply.status() == 200 && reply.body().contains("data-mode=\"login\"");
        }

        private Optional<String> storagePageNext() {
            Matcher m = NEXT.matcher(reply.body());
            return m.find() ? Optional.of(m.group(1).replace("&amp;", "&")) : Optional.empty();
        }

        public String nonce() {
            return redirectQuery().get("nonce");
        }
    }
}
