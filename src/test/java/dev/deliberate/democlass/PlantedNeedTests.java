package dev.deliberate.democlass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo class's plant: the split the design names, over exactly the thirty demo students. */
class PlantedNeedTests {

    @Test
    void theThirtyStudentsAreSplitTenEightSevenFive() {
        Map<PlantedNeed, Long> split = PlantedNeed.roster().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(PlantedNeed.roster()).hasSize(30).containsKeys("demo-student-01", "demo-student-30");
        assertThat(split).containsExactlyInAnyOrderEntriesOf(Map.of(PlantedNeed.FRACTIONS, 10L, PlantedNeed.WORD_PROBLEMS, 8L,
                PlantedNeed.STRONG, 7L, PlantedNeed.BASIC_OPERATIONS, 5L));
    }
}
