package dev.deliberate.llm;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the model's tokens cost, counted for Prometheus as {@code deliberate_llm_cost_total}
 * (docs/operations.md). Read from {@code deliberate.llm.*} beside {@link LlmProperties}.
 *
 * @param costPer1kTokens the price of 1,000 tokens, prompt and answer alike (e.g. {@code 0.0006});
 *                        unset or zero: no cost is counted
 * @param currency        the currency of that price, the metric's {@code currency} tag
 */
@ConfigurationProperties("deliberate.llm")
public record ModelCost(BigDecimal costPer1kTokens, @DefaultValue("USD") String currency) {

    boolean counted() {
        return costPer1kTokens != null && costPer1kTokens.signum() > 0;
    }

    /** The cost of {@code tokens} tokens. */
    double of(long tokens) {
        return costPer1kTokens.multiply(BigDecimal.valueOf(tokens)).movePointLeft(3).doubleValue();
    }
}
