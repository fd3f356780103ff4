package dev.deliberate.demoplatform.ags;

import java.time.Instant;
import java.util.Arrays;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.gradebook.ActivityProgress;
import dev.deliberate.demoplatform.gradebook.GradingProgress;
import dev.deliberate.demoplatform.gradebook.ScoreSubmission;

/** A score as a tool posts it (AGS 2.0, score publish service), checked field by field. */
final class ScoreJson {

    private ScoreJson() {
    }

    static ScoreSubmission read(JsonFields fields) {
        String userId = fields.requiredText("userId");
        Double given = fields.number("scoreGiven");
        Double maximum = fields.number("scoreMaximum");
        // AGS 2.0, score: scoreGiven is not negative, and comes with a positive scoreMaximum
        if (given != null && given < 0) {
            throw new JsonFields.Invalid("scoreGiven must not be negative");
        }
        if (given != null && maximum == null) {
            throw new JsonFields.Invalid("scoreMaximum is required with scoreGiven");
        }
        if (maximum != null && maximum <= 0) {
            throw new JsonFields.Invalid("scoreMaximum must be greater than 0");
        }
        ActivityProgress activity = oneOf(fields, "activityProgress", ActivityProgress.class);
        GradingProgress grading = oneOf(fields, "gradingProgress", GradingProgress.class);
        // AGS 2.0, score: timestamp is required, ISO 8601 with sub-second precision where the tool has it
        Instant timestamp = fields.instant("timestamp");
        if (timestamp == null) {
            throw new JsonFields.Invalid("timestamp is required");
        }
        return new ScoreSubmission(userId, given, maximum, activity, grading, fields.text("comment"), timestamp);
    }

    private static <E extends Enum<E>> E oneOf(JsonFields fields, String name, Class<E> type) {
        String value = fields.requiredText(name);
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw new JsonFields.Invalid(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
