package dev.deliberate.practice;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long learners' answers are kept ({@code deliberate.privacy.*}, docs/privacy.md).
 *
 * @param attemptsRetention answers older than this are purged, with the problems left without
 *                          answers and the estimates recorded after each answer; the current
 *                          estimates, reflections and the session's counts stay. Unset (the
 *                          default): answers are kept until their learner, course or registration
 *                          is deleted
 * @param purgeCheck        how often each node looks whether the purge is due; one node runs it
 *                          at most once per this period
 * @param purgeBatch        rows deleted per statement, so no purge holds long locks
 */
@Validated
@ConfigurationProperties("deliberate.privacy")
public record RetentionProperties(
        Duration attemptsRetention,
        @DefaultValue("1h") Duration purgeCheck,
        @DefaultValue("1000") @Min(1) int purgeBatch) {

    boolean purges() {
        return attemptsRetention != null && !attemptsRetention.isZero() && !attemptsRetention.isNegative();
    }
}
