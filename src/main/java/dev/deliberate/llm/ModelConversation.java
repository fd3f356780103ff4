package dev.deliberate.llm;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.ConversationPartner;
import dev.deliberate.practice.spi.LineOrder;
import dev.deliberate.practice.spi.SpokenLine;
import dev.deliberate.shared.DbTime;

/**
 * The other person's lines of a French conversation through the language model. Unlike stories,
 * a line answers what the learner just said, so it is asked for while the learner waits, but never
 * longer than the order allows ({@link LineOrder#within()}): the call runs on a small pool of its
 * own and is abandoned past that, the scripted line shown instead. A line is kept (and shown) only
 * when the engine's check accepts the forms it claims; {@code deliberate.llm.conversation{outcome}}
 * counts shown, refused (no usable JSON, or a wrong form) and late lines.
 */
@Component
class ModelConversation implements ConversationPartner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelConversation.class);

    private final LanguageModel model;
    private final LlmProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConversationPrompt prompt = ConversationPrompt.load();
    private final ThreadPoolExecutor callers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4),
            runnable -> {
                Thread thread = new Thread(runnable, "llm-conversation");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    ModelConversation(LanguageModel model, LlmProperties properties, JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.model = model;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public Optional<SpokenLine> line(LineOrder order) {
        if (!properties.enabled() || !model.available()) {
            return Optional.empty();
        }
        Future<Optional<SpokenLine>> call;
        try {
            call = callers.submit(() -> write(order));
        }
        catch (RejectedExecutionException busy) {
            outcome("busy");
            return Optional.empty();
        }
        try {
            return call.get(order.within().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException late) {
            call.cancel(true);
            outcome("late");
            return Optional.empty();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        catch (ExecutionException failed) {
            log.warn("A conversation line failed ({}); the scripted line is used", failed.getCause().getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<SpokenLine> line(String id) {
        try {
            return jdbc.sql("SELECT id, line, forms FROM llm_conversation_line WHERE id = ?").param(id)
                    .query((rs, row) -> new SpokenLine(rs.getString(1), rs.getString(2), ConversationPrompt.forms(rs.getString(3))))
                    .optional();
        }
        catch (DataAccessException unreadable) {
            log.warn("A conversation line could not be read ({}); the scripted line is shown", unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** One call; the draft kept and returned only when the engine accepts it. */
    private Optional<SpokenLine> write(LineOrder order) {
        Optional<SpokenLine> draft = model.ask(prompt.instructions(), prompt.data(order), ConversationPrompt.schema(), order.courseId())
                .flatMap(ConversationPrompt::draft);
        if (draft.isEmpty() || !order.check().test(draft.get())) {
            model.unusable();
            outcome("refused");
            return Optional.empty();
        }
        model.usable();
        SpokenLine kept = new SpokenLine(UUID.randomUUID().toString().replace("-", "").substring(0, 16), draft.get().text(),
                draft.get().forms());
        jdbc.sql("INSERT INTO llm_conversation_line (id, context_id, line, forms, model, prompt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(kept.id(), order.courseId(), kept.text(), ConversationPrompt.formsJson(kept), model.modelName(),
                        ConversationPrompt.VERSION, DbTime.of(clock.instant()))
                .update();
        outcome("shown");
        return Optional.of(kept);
    }

    private void outcome(String outcome) {
        meters.counter("deliberate.llm.conversation", "outcome", outcome).increment();
    }

    @Override
    public void destroy() {
        callers.shutdownNow();
    }
}
