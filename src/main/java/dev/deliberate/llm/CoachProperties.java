package dev.deliberate.llm;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Writing feedback through the model ({@code deliberate.llm.*}, beside {@link LlmProperties}).
 *
 * @param feedbackDeadline  the longest a learner's feedback waits for the model; then the rules' feedback is shown
 *                          alone (the call goes on, and its answer is cached for the same text)
 * @param feedbackThreads   calls to the model for writing feedback at once, on one node
 * @param feedbackQueue     calls waiting for a thread; past it, nothing is asked
 * @param feedbackCacheSize answers kept (same task, verdicts, text and previous draft: the same answer)
 * @param feedbackCacheFor  how long an answer is kept
 */
@Validated
@ConfigurationProperties("deliberate.llm")
record CoachProperties(
        @DefaultValue("1500ms") @NotNull Duration feedbackDeadline,
        @DefaultValue("4") @Min(1) @Max(64) int feedbackThreads,
        @DefaultValue("16") @Min(1) int feedbackQueue,
        @DefaultValue("5000") @Min(1) long feedbackCacheSize,
        @DefaultValue("6h") @NotNull Duration feedbackCacheFor) {
}
