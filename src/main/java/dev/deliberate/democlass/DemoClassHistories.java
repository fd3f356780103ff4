package dev.deliberate.democlass;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.simulation.Curriculum;
import dev.deliberate.practice.PracticeCatalog;
import dev.deliberate.practice.ServedProblems;

/**
 * On the demo's first start, gives the thirty demo students practice histories: each is launched
 * from the demo LMS's course page and practises as a simulated learner of its planted need
 * ({@link PlantedNeed#ROSTER}). It runs in the background once the tool serves requests, so the
 * demo is usable at once; the teacher's groups fill in as the students finish. It runs once per
 * database (see {@link DemoClassRuns}); students are seeded one after the other with fixed seeds.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "deliberate.demo.class-histories", havingValue = "true")
class DemoClassHistories {

    private static final Logger log = LoggerFactory.getLogger(DemoClassHistories.class);
    private static final String SUBJECT = "math";
    private static final long SEED = 2026;

    private final DemoClassSettings settings;
    private final DemoClassRuns runs;
    private final ServedProblems problems;
    private final PracticeCatalog catalog;
    private final Clock clock;

    DemoClassHistories(DemoClassSettings settings, DemoClassRuns runs, ServedProblems problems, PracticeCatalog catalog, Clock clock) {
        this.settings = settings;
        this.runs = runs;
        this.problems = problems;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startOnce() {
        if (!runs.claim(clock.instant())) {
            log.debug("Demo class histories were made before; nothing to do");
            return;
        }
        Thread worker = new Thread(this::makeHistories, "demo-class-histories");
        worker.setDaemon(true);
        worker.start();
    }

    private void makeHistories() {
        long start = System.nanoTime();
        int done = 0;
        int requests = 0;
        String outcome;
        try {
            DemoLaunches launches = new DemoLaunches(settings.coursePage());
            List<DemoLaunches.LaunchForm> students = launches.forms().stream().filter(f -> !f.teacher()).toList();
            Curriculum curriculum = curriculum();
            log.info("Demo class: {} students start practising as simulated learners ({})", students.size(), split(students.size()));
            SplittableRandom seeds = new SplittableRandom(SEED);
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < students.size() && i < PlantedNeed.ROSTER.length(); i++) {
                SimulatedStudent student = new SimulatedStudent(PlantedNeed.ofStudent(i), curriculum, problems, seeds.nextLong());
                try {
                    DemoLaunches.Launched launched = launches.launch(students.get(i));
                    requests += student.practise(launched, launched.landing());
                    done++;
                }
                catch (IllegalStateException e) {
                    // one student's failure (a page that answered 500) leaves the rest of the class to practise
                    failed.add(students.get(i).personId() + ": " + e.getMessage());
                }
            }
            outcome = "%d students, %d requests, %d s%s".formatted(done, requests, (System.nanoTime() - start) / 1_000_000_000,
                    failed.isEmpty() ? "" : "; failed " + failed);
            log.info("Demo class histories made: {}", outcome);
        }
        catch (RuntimeException e) {
            outcome = "stopped after %d students: %s".formatted(done, e.getMessage());
            log.warn("Demo class histories {}", outcome);
        }
        runs.finished(clock.instant(), outcome);
    }

    private Curriculum curriculum() {
        dev.deliberate.practice.spi.Curriculum subject = catalog.curriculum(SUBJECT);
        return new Curriculum(subject.skills(), subject.assignment(), subject.prerequisites(), Map.of(), subject.levels().size());
    }

    private static String split(int students) {
        return PlantedNeed.roster().values().stream().limit(students)
                .collect(Collectors.groupingBy(PlantedNeed::group, LinkedHashMap::new, Collectors.counting())).toString();
    }
}
