package dev.deliberate.llm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.deliberate.practice.spi.StoryDraft;
import dev.deliberate.practice.spi.StoryOrder;
import dev.deliberate.practice.spi.StoryWriter;
import dev.deliberate.practice.spi.WrittenStory;

/**
 * Math stories through the language model. A learner's item never waits for it: {@link #stories}
 * answers from a per-node cache (filled from the database), and when a template has fewer than
 * {@code stories-per-template} stories it orders a batch (every sample equation of the template in
 * one call) on a background thread. Each draft the engine accepts is stored and cached; the rest
 * are dropped. A template is ordered at most once per {@code reorder-after} on one node, and never
 * while the breaker is open or the course's budget is spent. With provider {@code none} no story is
 * offered for new items, though items already told with one are still shown exactly ({@link #story}).
 */
@Component
class ModelStories implements StoryWriter, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelStories.class);

    private final LanguageModel model;
    private final StoredStories stored;
    private final LlmProperties properties;
    private final StoryPrompt prompt = StoryPrompt.load();
    private final Cache<String, List<WrittenStory>> byTemplate = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();
    private final Cache<String, WrittenStory> byId = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Boolean> ordered;
    private final ThreadPoolExecutor writers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(16),
            runnable -> {
                Thread thread = new Thread(runnable, "llm-stories");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    ModelStories(LanguageModel model, StoredStories stored, LlmProperties properties) {
        this.model = model;
        this.stored = stored;
        this.properties = properties;
        this.ordered = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(properties.reorderAfter()).build();
    }

    @Override
    public List<WrittenStory> stories(StoryOrder order) {
        if (!properties.enabled()) {
            return List.of();
        }
        List<WrittenStory> stories;
        try {
            stories = byTemplate.get(order.template(), stored::ofTemplate);
        }
        catch (DataAccessException unreadable) {
            log.warn("Written stories could not be read ({}); the engine's own templates are used",
                    unreadable.getClass().getSimpleName());
            return List.of();
        }
        if (order.courseId() != null && stories.size() < properties.storiesPerTemplate() && model.available()
                && ordered.asMap().putIfAbsent(order.template(), Boolean.TRUE) == null) {
            writers.execute(() -> write(order));
        }
        return stories;
    }

    @Override
    public Optional<WrittenStory> story(String id) {
        WrittenStory cached = byId.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<WrittenStory> found = stored.byId(id);
        found.ifPresent(story -> byId.put(id, story));
        return found;
    }

    /** One call for the whole batch; every accepted draft is kept. */
    private void write(StoryOrder order) {
        try {
            Optional<String> answer = model.ask(prompt.instructions(), prompt.data(order), StoryPrompt.schema(), order.courseId());
            if (answer.isEmpty()) {
                return;
            }
            List<StoryDraft> drafts = StoryPrompt.drafts(answer.get());
            int kept = 0;
            for (int i = 0; i < Math.min(drafts.size(), order.samples().size()); i++) {
                StoryOrder.StorySample sample = order.samples().get(i);
                Optional<WrittenStory> story = Optional.ofNullable(drafts.get(i))
                        .flatMap(draft -> order.check().accept(sample, draft));
                if (story.isPresent()) {
                    stored.keep(order.template(), story.get(), model.modelName(), StoryPrompt.VERSION);
                    byId.put(story.get().id(), story.get());
                    kept++;
                }
            }
            if (kept == 0) {
                model.unusable();
            }
            else {
                model.usable();
                byTemplate.invalidate(order.template());
            }
            log.debug("Language model wrote {} usable stories of {} for {}", kept, drafts.size(), order.template());
        }
        catch (RuntimeException unexpected) {
            model.unusable();
            log.warn("Writing stories failed ({}); the engine's own templates are used", unexpected.getClass().getSimpleName());
        }
    }

    /** Whether no story is being written or waiting to be. */
    boolean idle() {
        return writers.getActiveCount() == 0 && writers.getQueue().isEmpty();
    }

    @Override
    public void destroy() {
        writers.shutdownNow();
    }
}
