package dev.deliberate.mastery;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Spaced repetition of language cards ({@code deliberate.mastery.spacing.*}).
 *
 * @param desiredRetention the chance of recall at which a card comes back: 0.9 by default (the
 *                         FSRS default); higher means more reviews, lower more forgetting. Kept
 *                         between 0.7 and 0.97, where the FSRS authors find the workload reasonable.
 */
@Validated
@ConfigurationProperties("deliberate.mastery.spacing")
public record SpacingProperties(@DefaultValue("0.9") @DecimalMin("0.7") @DecimalMax("0.97") double desiredRetention) {
}
