package dev.deliberate.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.deliberate.practice.spi.WritingCoach;

/**
 * Writing feedback through the language model, within a hard deadline. The call runs on a small
 * bounded pool; the learner's request waits for it at most {@code feedback-deadline} (1.5 s by
 * default) and then goes on with the rules' feedback alone. A call that answers late is still
 * read and cached, so sending the same text again shows its comments without another call. The
 * same text for the same task and verdicts (and previous draft) is asked once: answers, used or
 * discarded, are cached; failures are not. When every thread is busy and the queue full, nothing
 * is asked. Each answer is checked ({@link WritingPrompt#read}) and, for each learner, for their
 * name ({@link WritingAnswers#namesNobody}); anything that fails is discarded whole.
 */
@Component
class ModelCoach implements WritingCoach, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelCoach.class);
    private static final double TEMPERATURE = 0.3;
    private static final int MAX_OUTPUT_TOKENS = 1_200;

    private final LanguageModel model;
    private final CoachProperties properties;
    private final MeterRegistry meters;
    private final WritingPrompt prompt = WritingPrompt.load();
    private final Cache<Key, List<Comment>> answers;
    /** Calls under way, so that the same text sent twice at once is asked once. */
    private final Map<Key, CompletableFuture<Optional<List<Comment>>>> calling = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor callers;

    ModelCoach(LanguageModel model, CoachProperties properties, MeterRegistry meters) {
        this.model = model;
        this.properties = properties;
        this.meters = meters;
        this.answers = Caffeine.newBuilder().maximumSize(properties.feedbackCacheSize())
                .expireAfterWrite(properties.feedbackCacheFor()).build();
        this.callers = new ThreadPoolExecutor(properties.feedbackThreads(), properties.feedbackThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.feedbackQueue()), runnable -> {
                    Thread thread = new Thread(runnable, "llm-writing");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public List<Comment> comments(Request request) {
        if (!model.available()) {
            return outcome("unavailable", List.of());
        }
        long deadline = System.nanoTime() + properties.feedbackDeadline().toNanos();
        Key key = new Key(request.task(), request.verdicts(), request.text(), request.previous());
        List<Comment> cached = answers.getIfPresent(key);
        if (cached != null) {
            return shown(cached, request, "cached");
        }
        CompletableFuture<Optional<List<Comment>>> call = new CompletableFuture<>();
        CompletableFuture<Optional<List<Comment>>> asked = calling.putIfAbsent(key, call);
        if (asked == null) {
            asked = call;
            try {
                callers.execute(() -> settle(key, request, call));
            }
            catch (RejectedExecutionException busy) {
                calling.remove(key, call);
                return outcome("busy", List.of());
            }
        }
        try {
            Optional<List<Comment>> answer = asked.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return answer.map(comments -> shown(comments, request, "used")).orElseGet(() -> outcome("failed", List.of()));
        }
        catch (TimeoutException late) {
            return outcome("late", List.of());
        }
        catch (ExecutionException | CancellationException failed) {
            return outcome("failed", List.of());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return outcome("failed", List.of());
        }
    }

    @Override
    public List<Comment> ready(Request request) {
        if (!model.available()) {
            return List.of();
        }
        List<Comment> cached = answers.getIfPresent(new Key(request.task(), request.verdicts(), request.text(), request.previous()));
        // counted when it was asked for (comments); here only shown
        return cached == null || cached.isEmpty() || !WritingAnswers.namesNobody(cached, request.text(), request.avoidNames())
                ? List.of() : cached;
    }

    /** The comments for this learner: none when the answer was discarded or names them. */
    private List<Comment> shown(List<Comment> comments, Request request, String outcome) {
        if (comments.isEmpty()) {
            return outcome("discarded", comments);
        }
        if (!WritingAnswers.namesNobody(comments, request.text(), request.avoidNames())) {
            return outcome("names-learner", List.of());
        }
        return outcome(outcome, comments);
    }

    /** Makes the call; an answer, used or discarded, is cached before the call stops being pending. */
    private void settle(Key key, Request request, CompletableFuture<Optional<List<Comment>>> call) {
        try {
            Optional<List<Comment>> answer = ask(request);
            answer.ifPresent(comments -> answers.put(key, comments));
            call.complete(answer);
        }
        catch (RuntimeException unexpected) {
            log.warn("Writing feedback from the model failed ({}); the rules' feedback is shown alone", unexpected.getClass().getSimpleName());
            call.complete(Optional.empty());
        }
        finally {
            calling.remove(key, call);
        }
    }

    /**
     * One call and its answer read: the comments; an empty list when the answer was unusable (so
     * the same text is not asked again); nothing when no call was made or it failed.
     */
    private Optional<List<Comment>> ask(Request request) {
        Optional<String> answer = model.ask(prompt.instructions(), WritingPrompt.data(request), WritingPrompt.schema(request),
                request.courseId(), TEMPERATURE, MAX_OUTPUT_TOKENS);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Comment>> comments = WritingPrompt.read(answer.get(), request);
        if (comments.isEmpty()) {
            model.unusable();
            log.debug("A writing-feedback answer broke the schema or its rules; the rules' feedback is shown alone");
            return Optional.of(List.of());
        }
        model.usable();
        return comments;
    }

    /** {@code deliberate.llm.writing.feedback{outcome}}: what the learner's feedback got from the model. */
    private List<Comment> outcome(String outcome, List<Comment> comments) {
        meters.counter("deliberate.llm.writing.feedback", "outcome", outcome).increment();
        return comments;
    }

    /** Whether no call is running or waiting. */
    boolean idle() {
        return callers.getActiveCount() == 0 && callers.getQueue().isEmpty();
    }

    @Override
    public void destroy() {
        callers.shutdownNow();
    }

    /** What makes two requests the same question; the course and the learner are not part of it. */
    private record Key(String task, List<Judged> verdicts, String text, String previous) {
    }
}
