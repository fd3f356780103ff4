package dev.deliberate.lti.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A refusal of the admin API, answered as a problem document of the given type. */
public class AdminApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public AdminApiException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static AdminApiException notFound(String what) {
        return new AdminApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " does not exist");
    }

    /** Adds a member to the problem document (RFC 9457 extension member). */
    public AdminApiException property(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    Map<String, Object> properties() {
        return properties;
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }
}
