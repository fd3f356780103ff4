package dev.deliberate.mastery;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A learner's speed on a group of cards on one day (UTC).
 *
 * @param day            the day
 * @param answers        answers given that day
 * @param right          of which right
 * @param automatic      of which right and within the item type's threshold
 * @param medianResponse the median response time of the right answers; {@code null} when none was right
 */
public record SpeedPoint(LocalDate day, int answers, int right, int automatic, Duration medianResponse) {
}
