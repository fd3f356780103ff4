package dev.deliberate.lti.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JOSE header or JWT claims set as RFC 7515 §4 and RFC 7519 §4 require: one JSON object,
 * nothing after it, and no member name twice at any depth. Parsers that keep the last of two
 * equal names would let a token mean one thing here and another to a different reader.
 */
final class StrictJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StrictJson() {
    }

    /** The object's members (maps, lists, strings, longs, doubles, booleans, nulls), in order. */
    static Map<String, Object> object(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnObject("not a JSON object");
            }
            Map<String, Object> members = readObject(parser);
            if (parser.nextToken() != null) {
                throw new NotAnObject("content after the JSON object");
            }
            return members;
        }
        catch (JacksonException e) {
            throw new NotAnObject("not JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) {
        Map<String, Object> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (members.containsKey(name)) {
                throw new DuplicateMember(name);
            }
            members.put(name, readValue(parser));
        }
        return members;
    }

    private static Object readValue(JsonParser parser) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new NotAnObject("unexpected " + parser.currentToken());
        };
    }

    private static List<Object> readArray(JsonParser parser) {
        List<Object> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(readValue(parser));
        }
        return values;
    }

    /** The text is not one JSON object. */
    static final class NotAnObject extends RuntimeException {
        NotAnObject(String message) {
            super(message, null, false, false);
        }
    }

    /** A member name appears twice in one object. */
    static final class DuplicateMember extends RuntimeException {
        DuplicateMember(String name) {
            super("member \"" + name + "\" appears twice", null, false, false);
        }
    }
}
