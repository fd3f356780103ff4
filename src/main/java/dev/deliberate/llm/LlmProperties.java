package dev.deliberate.llm;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language model, if any ({@code deliberate.llm.*}, from {@code DELIBERATE_LLM_*}). With
 * provider {@code none}, the default, nothing is ever sent anywhere and every feature uses its
 * own wording.
 *
 * @param provider             {@code none}, {@code openai} (any OpenAI-compatible endpoint) or {@code ollama}
 *                             (Ollama's OpenAI-compatible {@code /v1} API)
 * @param baseUrl              the endpoint; empty: OpenAI's, or {@code http://localhost:11434} for Ollama
 * @param model                the model name; empty: {@code gpt-4o-mini}, or {@code llama3.2} for Ollama
 * @param apiKey               the key sent as a bearer token; never logged nor printed
 * @param timeout              the longest one call may take, connection included
 * @param maxRetries           retries of a call that failed for a reason worth retrying (429, 5xx, timeout)
 * @param dailyTokensPerCourse tokens one course may spend a day (UTC); past it, nothing more is asked for it
 * @param failuresToOpen       failed or unusable answers in a row that open the circuit breaker
 * @param openFor              how long the breaker stays open before one call may try again
 * @param storiesPerTemplate   written stories kept per math story template before no more are asked for
 * @param reorderAfter         the least time between two orders for the same template on one node
 */
@Validated
@ConfigurationProperties("deliberate.llm")
public record LlmProperties(
        @DefaultValue("none") @NotNull Provider provider,
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("8s") @NotNull Duration timeout,
        @DefaultValue("1") @Min(0) @Max(5) int maxRetries,
        @DefaultValue("20000") @Min(0) long dailyTokensPerCourse,
        @DefaultValue("3") @Min(1) int failuresToOpen,
        @DefaultValue("60s") @NotNull Duration openFor,
        @DefaultValue("8") @Min(1) int storiesPerTemplate,
        @DefaultValue("10m") @NotNull Duration reorderAfter) {

    /** Where the chat model comes from. */
    public enum Provider {
        NONE, OPENAI, OLLAMA
    }

    /** Whether a model is configured at all. */
    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** The endpoint the OpenAI-compatible client calls ({@code null}: the client's default, OpenAI's). */
    String endpoint() {
        String base = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        if (provider == Provider.OLLAMA) {
            return (base.isEmpty() ? "http://localhost:11434" : base) + (base.endsWith("/v1") ? "" : "/v1");
        }
        return base.isEmpty() ? null : base;
    }

    /** The model name, or the provider's usual small model. */
    String modelName() {
        if (model != null && !model.isBlank()) {
            return model.strip();
        }
        return provider == Provider.OLLAMA ? "llama3.2" : "gpt-4o-mini";
    }

    /** Without the key: these settings may be logged. */
    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isEmpty() ? "(none)" : "(set)") + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", dailyTokensPerCourse=" + dailyTokensPerCourse + ", failuresToOpen=" + failuresToOpen + ", openFor=" + openFor
                + ", storiesPerTemplate=" + storiesPerTemplate + ", reorderAfter=" + reorderAfter + "]";
    }
}
