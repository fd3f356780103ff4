package dev.deliberate.mastery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.deliberate.mastery.spacing.Fsrs;

/** Reads a learner's review history into what they are shown of it: progress now, retention week by week. */
final class CardHistory {

    private CardHistory() {
    }

    /** {@link CardProgress} from the card counts and the latest right answers' times this week and before. */
    static CardProgress progress(int met, int due, int automatic, CardReviews.RightTimes right) {
        return new CardProgress(met, due, automatic, SpeedTrend.median(right.since().stream().sorted().toList()),
                SpeedTrend.median(right.before().stream().sorted().toList()));
    }

    /**
     * The mean retention at each of {@code moments} (in any order): every card reviewed by then,
     * recalled with the chance its last review before then gives after the whole days since, as the
     * scheduler counts them.
     */
    static List<RetentionPoint> retention(List<CardReviews.Memory> memories, List<Instant> moments, Fsrs fsrs) {
        List<RetentionPoint> points = new ArrayList<>();
        for (Instant at : moments) {
            Map<String, CardReviews.Memory> last = new HashMap<>();
            for (CardReviews.Memory memory : memories) {
                if (!memory.at().isAfter(at)) {
                    last.put(memory.cardKey(), memory);
                }
            }
            double mean = last.values().stream()
                    .mapToDouble(m -> fsrs.retrievability(Math.max(0, Duration.between(m.at(), at).toDays()), m.stability()))
                    .average().orElse(0);
            points.add(new RetentionPoint(at, last.size(), mean));
        }
        return points;
    }
}
