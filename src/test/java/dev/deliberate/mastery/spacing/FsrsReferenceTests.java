package dev.deliberate.mastery.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays review histories computed once with ts-fsrs 5.4.2 (src/test/resources/fsrs: the script
 * and its output) and expects the same memory, phase, step and due time after every review.
 * Stability, difficulty and retrievability agree within 1e-6 (both round to 8 decimals at the same
 * points); intervals and due times agree exactly.
 */
class FsrsReferenceTests {

    private static final double TOLERANCE = 1e-6;
    private static final CardPhase[] STATES = { CardPhase.NEW, CardPhase.LEARNING, CardPhase.REVIEW, CardPhase.RELEARNING };

    record Row(String history, double retention, int review, int rating, Instant at, double retrievabilityBefore,
            CardPhase phase, int step, double stability, double difficulty, int scheduledDays, Instant due, int reviews,
            int lapses) {

        static Row parse(String line) {
            String[] f = line.split(",");
            return new Row(f[0], Double.parseDouble(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Instant.parse(f[4]),
                    Double.parseDouble(f[6]), STATES[Integer.parseInt(f[7])], Integer.parseInt(f[8]), Double.parseDouble(f[9]),
                    Double.parseDouble(f[10]), Integer.parseInt(f[11]), Instant.parse(f[12]), Integer.parseInt(f[13]),
                    Integer.parseInt(f[14]));
        }
    }

    static Stream<List<Row>> histories() throws IOException {
        try (InputStream in = FsrsReferenceTests.class.getResourceAsStream("/fsrs/ts-fsrs-reference.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<Row>> byHistory = new LinkedHashMap<>();
            text.lines().filter(l -> !l.startsWith("#") && !l.startsWith("history,") && !l.isBlank()).map(Row::parse)
                    .forEach(row -> byHistory.computeIfAbsent(row.history() + " at " + row.retention(), k -> new java.util.ArrayList<>())
                            .add(row));
            assertThat(byHistory).hasSizeGreaterThanOrEqualTo(18);
            return byHistory.values().stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("histories")
    void replayedHistoryMatchesTheReference(List<Row> history) {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS.withDesiredRetention(history.get(0).retention()));
        CardSchedule card = CardSchedule.NEW;
        for (Row expected : history) {
            String where = expected.history() + " review " + expected.review();
            assertThat(scheduler.retrievability(card, expected.at())).as(where + " retrievability before")
                    .isCloseTo(expected.retrievabilityBefore(), within(TOLERANCE));
            card = scheduler.review(card, expected.rating(), expected.at());
            assertThat(card.memory().stability()).as(where + " stability").isCloseTo(expected.stability(), within(TOLERANCE));
            assertThat(card.memory().difficulty()).as(where + " difficulty").isCloseTo(expected.difficulty(), within(TOLERANCE));
            assertThat(card.phase()).as(where + " phase").isEqualTo(expected.phase());
            assertThat(card.step()).as(where + " step").isEqualTo(expected.step());
            assertThat(card.scheduledDays()).as(where + " interval").isEqualTo(expected.scheduledDays());
            assertThat(card.due()).as(where + " due").isEqualTo(expected.due());
            assertThat(card.reviews()).as(where + " reviews").isEqualTo(expected.reviews());
            assertThat(card.lapses()).as(where + " lapses").isEqualTo(expected.lapses());
        }
    }
}
