package dev.deliberate.gradebook;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Score delivery ({@code deliberate.gradebook.*}).
 *
 * @param quiet       how long a student's score must stay unchanged before it is sent: a run of
 *                    attempts closer together than this becomes one score
 * @param maxWait     the longest a changed score waits for a quiet moment, so a long unbroken
 *                    session still reaches the gradebook regularly
 * @param poll        how often a node looks for due scores
 * @param lease       how long a claimed row is a node's alone (longer than any send)
 * @param maxAttempts transient failures in a row after which a score is given up on
 * @param backoff     the first retry's delay; each next one doubles, with jitter
 * @param maxBackoff  the longest delay between retries
 * @param senders     scores sent in parallel per node
 * @param batch       due rows claimed per poll
 */
@Validated
@ConfigurationProperties("deliberate.gradebook")
public record GradebookProperties(
        @DefaultValue("5s") @NotNull Duration quiet,
        @DefaultValue("2m") @NotNull Duration maxWait,
        @DefaultValue("500ms") @NotNull Duration poll,
        @DefaultValue("2m") @NotNull Duration lease,
        @DefaultValue("15") @Min(1) int maxAttempts,
        @DefaultValue("2s") @NotNull Duration backoff,
        @DefaultValue("10m") @NotNull Duration maxBackoff,
        @DefaultValue("8") @Min(1) int senders,
        @DefaultValue("100") @Min(1) int batch) {
}
