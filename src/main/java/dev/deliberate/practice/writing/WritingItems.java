package dev.deliberate.practice.writing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Text;

/**
 * Writing items: a short exercise set on a question the learner has not had for that skill, in a
 * context other than the last one (their interests first); or, from {@link Task#ESSAY_LEVEL}, the
 * next section of one essay per learner, always on the same question.
 */
final class WritingItems {

    /** The next item for the request. */
    PreparedItem next(NextItemSpec request) {
        Task task = Task.of(request.skillId(), request.level());
        List<String> sets = TopicBank.sets(request.contexts());
        if (task.essay()) {
            String set = sets.get((int) Math.floorMod(request.learnerSeed(), (long) sets.size()));
            String prefix = "essay|" + task.name() + "|" + set + "|";
            long written = request.history().stream().filter(s -> s.key().startsWith(prefix)).count();
            return regenerate(new ItemSpec(request.skillId(), request.level(), TopicBank.contextOf(set), set + "#" + written,
                    request.learnerSeed()));
        }
        // the set done longest ago (never: first) comes next, so all 16 come round before one repeats
        Map<String, Integer> lastDone = new HashMap<>();
        for (int i = 0; i < request.history().size(); i++) {
            lastDone.put(request.history().get(i).key(), i);
        }
        String lastContext = request.history().isEmpty() ? null : request.history().get(request.history().size() - 1).context();
        long seed = request.learnerSeed() * 31 + request.history().size() * 7L + request.skillId().hashCode();
        Random random = new Random(seed);
        List<String> shuffled = new java.util.ArrayList<>(sets);
        java.util.Collections.shuffle(shuffled, random);
        String set = shuffled.stream().min(Comparator.comparingInt((String s) -> lastDone.getOrDefault(key(task, request.level(), s), -1))
                .thenComparingInt(s -> TopicBank.contextOf(s).equals(lastContext) ? 1 : 0)
                .thenComparingInt(s -> request.interests().contains(TopicBank.contextOf(s)) ? 0 : 1)).orElseThrow();
        return regenerate(new ItemSpec(request.skillId(), request.level(), TopicBank.contextOf(set), set, seed));
    }

    PreparedItem regenerate(ItemSpec spec) {
        int level = (int) Math.floor(spec.difficulty());
        Task task = Task.of(spec.skillId(), level);
        String set = setOf(spec);
        String key = task.essay() ? "essay|" + task.name() + "|" + spec.wording().replace('#', '|') : key(task, level, set);
        return new PreparedItem(spec, key, statement(task, set, level), null, null, "");
    }

    static String setOf(ItemSpec spec) {
        int draft = spec.wording().indexOf('#');
        return draft < 0 ? spec.wording() : spec.wording().substring(0, draft);
    }

    static Task taskOf(ItemSpec spec) {
        return Task.of(spec.skillId(), (int) Math.floor(spec.difficulty()));
    }

    private static String key(Task task, int level, String set) {
        return task.name() + "|" + level + "|" + set;
    }

    /** The task in words, with the texts it works from; at level 1 with a pattern to start from. */
    static Text statement(Task task, String set, int level) {
        Text text = switch (task) {
            case THESIS, LANGUAGE -> Text.of(task.code(), TopicBank.part(set, "question"));
            case CLAIM, HOOK, ROADMAP, COUNTER_ARGUMENT, CONCLUSION -> Text.of(task.code(), TopicBank.part(set, "thesis"));
            case EVIDENCE -> Text.of(task.code(), TopicBank.part(set, "claim1"));
            case REASONING -> Text.of(task.code(), TopicBank.part(set, "claim1"), TopicBank.part(set, "evidence1"));
            case TRANSITION -> Text.of(task.code(), Text.of("writing.paragraph", TopicBank.part(set, "claim1"), TopicBank.part(set, "evidence1")),
                    Text.of("writing.paragraph", TopicBank.part(set, "claim2"), TopicBank.part(set, "evidence2")));
            default -> Text.of(task.code(), TopicBank.part(set, "question"));
        };
        return level == 1 && !task.essay() ? Text.of("writing.task.framed", text, Text.of("writing.frame." + task.name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-'))) : text;
    }
}
