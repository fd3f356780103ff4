package dev.deliberate.democlass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.deliberate.teacher.ClassPage;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;

/**
 * The demo class with its histories on, in a context (and database) of its own: once the thirty
 * simulated students have practised, the teacher's class view places them as planted, within the
 * accuracy docs/teacher.md claims for synthetic classes (90%).
 */
class DemoClassHistoriesTests extends IntegrationTestSupport {

    @DynamicPropertySource
    static void histories(DynamicPropertyRegistry registry) {
        registry.add("deliberate.demo.class-histories", () -> "true");
    }

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeacherSeesTheSimulatedClassInItsPlantedGroups() throws InterruptedException {
        String outcome = awaitHistories(Duration.ofMinutes(4));
        assertThat(outcome).startsWith("30 students");

        ClassPage page = new ClassPage(DemoLms.launch(baseUrl, "demo-teacher-1").landing().body());
        List<Map.Entry<String, String>> placements = page.placements();
        Map<String, PlantedNeed> planted = PlantedNeed.roster();

        assertThat(placements).extracting(Map.Entry::getKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(planted.keySet());
        assertThat(page.declaredCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
        long right = placements.stream().filter(p -> planted.get(p.getKey()).group().equals(p.getValue())).count();
        Map<String, Long> misplaced = placements.stream().filter(p -> !planted.get(p.getKey()).group().equals(p.getValue()))
                .collect(Collectors.groupingBy(p -> planted.get(p.getKey()).group() + " → " + p.getValue(), LinkedHashMap::new,
                        Collectors.counting()));
        double accuracy = 100.0 * right / placements.size();
        System.out.printf("demo class: %.1f%% (%d/30) in their planted group; groups %s; misplaced %s; %s%n", accuracy, right,
                page.declaredCounts(), misplaced, outcome);
        assertThat(accuracy).as("misplaced " + misplaced).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void theHistoriesAreMadeOncePerDatabase() throws InterruptedException {
        awaitHistories(Duration.ofMinutes(4));

        assertThat(new DemoClassRuns(jdbc).claim(Instant.now())).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_class_run").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_reflection").query(Integer.class).single()).as("reflections written").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT misconception) FROM practice_attempt WHERE misconception IS NOT NULL")
                .query(Integer.class).single()).as("misconceptions the checker named").isPositive();
        assertThat(Set.copyOf(jdbc.sql("SELECT DISTINCT skill FROM practice_item").query(String.class).list()))
                .as("skills served").hasSizeGreaterThan(5);
    }

    @Test
    void theDemoCoursePageSaysTheClassHasSimulatedHistories() {
        String page = new LaunchClient(baseUrl, false).get("/demo").body();

        assertThat(page).contains("simulated learner", "10 weak in fractions, 8 weak in word problems, 7 strong",
                "5 weak in").doesNotContain("no practice history yet");
    }

    private String awaitHistories(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            List<String> outcome = jdbc.sql("SELECT outcome FROM demo_class_run WHERE finished_at IS NOT NULL").query(String.class).list();
            if (!outcome.isEmpty()) {
                return outcome.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo class histories did not finish within " + limit);
    }
}
