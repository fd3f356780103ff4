package dev.deliberate.mastery;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups reviews by UTC day into counts and the median response time of the right answers. */
final class SpeedTrend {

    private SpeedTrend() {
    }

    static List<SpeedPoint> of(List<PastReview> reviews) {
        Map<LocalDate, List<PastReview>> byDay = new TreeMap<>();
        reviews.forEach(r -> byDay.computeIfAbsent(LocalDate.ofInstant(r.at(), ZoneOffset.UTC), d -> new ArrayList<>()).add(r));
        List<SpeedPoint> points = new ArrayList<>();
        byDay.forEach((day, answers) -> {
            List<Duration> right = answers.stream().filter(PastReview::right).map(PastReview::responseTime).sorted().toList();
            int automatic = (int) answers.stream().filter(PastReview::automatic).count();
            points.add(new SpeedPoint(day, answers.size(), right.size(), automatic, median(right)));
        });
        return points;
    }

    /** The middle of sorted times, or the mean of the two middle ones; null for none. */
    static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
