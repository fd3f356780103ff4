package dev.deliberate.practice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How practice runs when an assignment does not say otherwise ({@code deliberate.practice.*}).
 *
 * @param blockSize             items between two reflection prompts
 * @param minimumItems          items an assignment asks for at least, whatever the mastery
 * @param targetScore           the mastery score that completes an assignment (1 = every skill mastered)
 * @param mistakesBeforeExample wrong answers on one item after which the worked example is shown
 * @param minimumReflection     the shortest reflection accepted, in characters
 */
@Validated
@ConfigurationProperties("deliberate.practice")
public record PracticeProperties(
        @DefaultValue("10") @Min(1) int blockSize,
        @DefaultValue("20") @Min(1) int minimumItems,
        @DefaultValue("1.0") @DecimalMin("0.1") @DecimalMax("1.0") double targetScore,
        @DefaultValue("2") @Min(1) int mistakesBeforeExample,
        @DefaultValue("15") @Min(1) int minimumReflection) {
}
