package dev.deliberate.demoplatform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads the fields of a JSON request body one rule at a time, naming the field that breaks one. */
public final class JsonFields {

    private static final int MAX_TEXT = 4000;

    private final JsonNode node;

    private JsonFields(JsonNode node) {
        this.node = node;
    }

    public static JsonFields of(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new Invalid("the body must be a JSON object");
        }
        return new JsonFields(node);
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new Invalid(name + " is required");
        }
        return value;
    }

    /** A string field, null when absent. */
    public String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.stringValue().length() > MAX_TEXT) {
            throw new Invalid(name + " must be a string of at most " + MAX_TEXT + " characters");
        }
        return value.stringValue();
    }

    /** A number field, null when absent. */
    public Double number(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new Invalid(name + " must be a number");
        }
        return value.doubleValue();
    }

    /** An ISO 8601 date and time with an offset, null when absent. */
    public Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new Invalid(name + " must be an ISO 8601 date and time with an offset, e.g. 2026-01-31T09:30:00.123Z");
        }
    }

    /** An array of strings, empty when absent. */
    public List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.values().stream().anyMatch(v -> !v.isString())) {
            throw new Invalid(name + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        value.values().forEach(v -> texts.add(v.stringValue()));
        return texts;
    }

    /** An object whose values are all strings (e.g. custom parameters), empty when absent. */
    public Map<String, String> textMap(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject() || value.values().stream().anyMatch(v -> !v.isString())) {
            throw new Invalid(name + " must be an object of strings");
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.properties().forEach(e -> map.put(e.getKey(), e.getValue().stringValue()));
        return map;
    }

    /** An array of objects, empty when absent. */
    public List<JsonFields> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.values().stream().anyMatch(v -> !v.isObject())) {
            throw new Invalid(name + " must be an array of objects");
        }
        return value.values().stream().map(JsonFields::new).toList();
    }

    /** A nested object's fields; absent is refused. */
    public JsonFields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            throw new Invalid(name + " must be an object");
        }
        return new JsonFields(value);
    }

    /** A field that breaks its rule. */
    public static final class Invalid extends RuntimeException {

        public Invalid(String message) {
            super(message);
        }
    }
}
