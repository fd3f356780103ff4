package dev.deliberate.demoplatform.ags;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.course.LineItem;

/** A line item as AGS 2.0 writes it, both ways. */
final class LineItemJson {

    private LineItemJson() {
    }

    /** The line item a tool described, for this course and client; refuses what AGS does not allow. */
    static LineItem read(JsonFields fields, String courseId, String clientId) {
        String label = fields.requiredText("label");
        Double scoreMaximum = fields.number("scoreMaximum");
        // AGS 2.0, line item: label and a positive scoreMaximum are required
        if (scoreMaximum == null || scoreMaximum <= 0) {
            throw new JsonFields.Invalid("scoreMaximum is required and must be greater than 0");
        }
        if (label.length() > 255) {
            throw new JsonFields.Invalid("label must be at most 255 characters");
        }
        Instant start = fields.instant("startDateTime");
        Instant end = fields.instant("endDateTime");
        if (start != null && end != null && end.isBefore(start)) {
            throw new JsonFields.Invalid("endDateTime must not be before startDateTime");
        }
        return new LineItem(null, courseId, clientId, label, scoreMaximum, shortText(fields, "resourceId"),
                shortText(fields, "resourceLinkId"), shortText(fields, "tag"), start, end);
    }

    static Map<String, Object> write(LineItem item, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", url);
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        putIfPresent(json, "resourceId", item.resourceId());
        putIfPresent(json, "resourceLinkId", item.resourceLinkId());
        putIfPresent(json, "tag", item.tag());
        putIfPresent(json, "startDateTime", item.startDateTime() == null ? null : item.startDateTime().toString());
        putIfPresent(json, "endDateTime", item.endDateTime() == null ? null : item.endDateTime().toString());
        return json;
    }

    private static String shortText(JsonFields fields, String name) {
        String value = fields.text(name);
        if (value != null && value.length() > 255) {
            throw new JsonFields.Invalid(name + " must be at most 255 characters");
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
