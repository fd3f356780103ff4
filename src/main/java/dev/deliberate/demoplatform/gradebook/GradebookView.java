package dev.deliberate.demoplatform.gradebook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.deliberate.demoplatform.course.MemberStatus;

/** The gradebook page's table: line items across, students down, and the latest score posts. */
record GradebookView(List<Column> columns, List<Row> rows, List<Post> history) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A line item. */
    record Column(long lineItemId, String label, String scoreMaximum, String tool) {
    }

    /** A student with a cell per column (null where no score came). */
    record Row(String userId, String name, MemberStatus status, List<Cell> cells) {

        public boolean active() {
            return status == MemberStatus.Active;
        }
    }

    /** A learner's current score on a line item, written for reading. */
    record Cell(String score, String percent, String activityProgress, String gradingProgress, String timestamp,
            String comment) {

        /** The cell of a score, or null for none. */
        static Cell of(Score score) {
            if (score == null) {
                return null;
            }
            return new Cell(scoreText(score), score.percent() == null ? null : number(score.percent()) + " %",
                    score.activityProgress().name(), score.gradingProgress().name(), time(score.timestamp()), score.comment());
        }
    }

    /** An accepted score post, applied or ignored for an older timestamp. */
    record Post(String lineItem, String student, String score, String activityProgress, String gradingProgress,
            String timestamp, String received, boolean applied) {
    }

    static String scoreText(Score score) {
        return score.scoreGiven() == null ? "no score" : number(score.scoreGiven()) + " / " + number(score.scoreMaximum());
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String time(Instant instant) {
        return TIME.format(instant) + " UTC";
    }
}
