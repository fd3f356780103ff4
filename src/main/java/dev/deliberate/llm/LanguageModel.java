package dev.deliberate.llm;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;

/**
 * The configured chat model behind a circuit breaker and each course's daily token budget. Calls
 * are made on background threads only: math stories are ordered for later items, and writing
 * feedback ({@link ModelCoach}) is asked on a bounded pool while the learner's request waits for it
 * at most {@code feedback-deadline} (1.5 s), never for the call's own timeout. With provider
 * {@code none} there is no model and every call answers nothing. Failures are logged by kind only:
 * neither the key nor what was sent is ever logged.
 */
@Component
class LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(LanguageModel.class);

    private final Optional<ChatModel> chat;
    private final LlmProperties properties;
    private final TokenBudget budget;
    private final CircuitBreaker breaker;
    private final MeterRegistry meters;
    private final ModelCost cost;

    LanguageModel(LlmProperties properties, ModelCost cost, TokenBudget budget, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.cost = cost;
        this.properties = properties;
        this.budget = budget;
        this.breaker = new CircuitBreaker(properties.failuresToOpen(), properties.openFor(), clock);
        this.chat = properties.enabled() ? Optional.of(chatModel(properties)) : Optional.empty();
        log.info("Language model: {}", properties.enabled() ? properties.provider() + " " + properties.modelName() + " at "
                + Optional.ofNullable(properties.endpoint()).map(url -> url.replaceAll("//[^/@]*@", "//")).orElse("the OpenAI API")
                : "none (every feature uses its own wording)");
    }

    /** An OpenAI-compatible client: OpenAI, Azure OpenAI's compatible endpoint, vLLM, LM Studio, Ollama's /v1. */
    private static ChatModel chatModel(LlmProperties properties) {
        String key = properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey();
        return OpenAiChatModel.builder()
                .baseUrl(properties.endpoint())
                .apiKey(key)
                .modelName(properties.modelName())
                .timeout(properties.timeout())
                .maxRetries(properties.maxRetries())
                .strictJsonSchema(true)
                .temperature(0.8)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    /** Whether a model is configured and its breaker lets calls through. */
    boolean available() {
        return chat.isPresent() && !breaker.open();
    }

    /**
     * The model's answer in JSON following {@code schema}, or nothing: no model, breaker open,
     * the course's budget spent, or the call failed. The course pays for the tokens.
     */
    Optional<String> ask(String system, String user, JsonSchema schema, long courseId) {
        return ask(system, user, schema, courseId, null, null);
    }

    /**
     * As {@link #ask(String, String, JsonSchema, long)}, with this call's own temperature and
     * longest answer (null: the model's defaults).
     */
    Optional<String> ask(String system, String user, JsonSchema schema, long courseId, Double temperature, Integer maxOutputTokens) {
        if (chat.isEmpty()) {
            return Optional.empty();
        }
        if (!budget.allows(courseId) || !breaker.allows()) {
            calls(budget.allows(courseId) ? "breaker-open" : "over-budget");
            return Optional.empty();
        }
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build())
                .temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .build();
        try {
            ChatResponse response = chat.get().chat(request);
            long tokens = tokens(response, system, user);
            budget.charge(courseId, tokens);
            meters.counter("deliberate.llm.tokens").increment(tokens);
            if (cost.counted()) {
                meters.counter("deliberate.llm.cost", "currency", cost.currency()).increment(cost.of(tokens));
            }
            calls("answered");
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                unusable();
                return Optional.empty();
            }
            return Optional.of(text);
        }
        catch (RuntimeException failed) {
            breaker.failed();
            calls("failed");
            log.warn("Language model call failed ({}); the engine's own wording is used", failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** {@code deliberate.llm.calls{outcome}}: answered, failed, or not made (breaker open, course over budget). */
    private void calls(String outcome) {
        meters.counter("deliberate.llm.calls", "outcome", outcome).increment();
    }

    /** The last answer arrived but could not be used: it counts as a failure. */
    void unusable() {
        breaker.failed();
    }

    /** The last answer was used. */
    void usable() {
        breaker.succeeded();
    }

    String modelName() {
        return properties.modelName();
    }

    /** Tokens as the provider counted them, else about four characters a token. */
    private static long tokens(ChatResponse response, String system, String user) {
        TokenUsage usage = response.tokenUsage();
        if (usage != null && usage.totalTokenCount() != null) {
            return usage.totalTokenCount();
        }
        String answer = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
        return (system.length() + user.length() + answer.length()) / 4 + 1;
    }
}
