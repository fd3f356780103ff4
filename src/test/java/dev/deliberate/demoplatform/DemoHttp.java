package dev.deliberate.demoplatform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.testing.LaunchClient;

/** Calls the demo platform over HTTP as a tool's server would: absolute URLs, explicit headers, no cookies. */
final class DemoHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Answer get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    Answer send(String method, String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    Answer form(String url, Map<String, String> form) {
        return send("POST", url, LaunchClient.encode(form), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the platform answered. */
    record Answer(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The URL of a {@code Link} header with this relation, in any of the Link headers. */
        Optional<String> link(String rel) {
            List<String> values = headers.allValues("Link");
            for (String value : values) {
                Matcher m = LINK.matcher(value);
                while (m.find()) {
                    if (m.group(2).equals(rel)) {
                        return Optional.of(m.group(1));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
