package dev.deliberate.democlass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.mastery.simulation.Curriculum;
import dev.deliberate.mastery.simulation.SyntheticLearner;
import dev.deliberate.practice.ServedProblems;
import dev.deliberate.practice.ServedProblems.ServedProblem;
import dev.deliberate.practice.spi.Response;

/**
 * One demo student practising as a simulated learner of a planted need, through the tool's own
 * practice endpoints: the problem on screen is the one the practice loop served; the learner gets
 * it right with the chance its hidden ability gives ({@link SyntheticLearner}), and otherwise types
 * one of the wrong answers learners typically give, which the checker judges as it judges anyone's.
 * After two wrong tries it moves on past the worked example; it writes the reflection each block
 * asks for; it stops on a right answer once it has done its share of problems.
 */
final class SimulatedStudent {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final Pattern INTEREST = Pattern.compile("name=\"interest\" value=\"([^\"]+)\"");
    /** A student who keeps failing still stops after this many problems beyond their share. */
    private static final int OVERRUN = 25;

    private final PlantedNeed need;
    private final SyntheticLearner learner;
    private final Curriculum curriculum;
    private final ServedProblems problems;
    private final SplittableRandom random;
    private int requests;

    SimulatedStudent(PlantedNeed need, Curriculum curriculum, ServedProblems problems, long seed) {
        this.need = need;
        this.curriculum = curriculum;
        this.problems = problems;
        this.random = new SplittableRandom(seed);
        this.learner = new SyntheticLearner(need.profile(), curriculum, random.nextLong());
    }

    /** Practises in the launched student's session; the number of requests it took. */
    int practise(DemoLaunches.Launched student, String landing) {
        String region = post(student, "/student/interests", interests(landing));
        int share = need.problems(random);
        boolean lastRight = false;
        for (int done = 0; done < share + OVERRUN && (done < share || !lastRight);) {
            if (region.contains("id=\"reflection\"")) {
                region = post(student, "/student/reflections", Map.of("reflection", Reflections.of(need, random)));
                continue;
            }
            ServedProblem problem = problems.find(itemId(region)).orElseThrow();
            lastRight = learner.answers(problem.skillId(), curriculum.trueDifficulty(problem.level()));
            region = lastRight ? right(student, problem) : wrongThenMaybeRight(student, problem);
            learner.practises(problem.skillId());
            done++;
        }
        return requests;
    }

    private String right(DemoLaunches.Launched student, ServedProblem problem) {
        return attempt(student, problem, new Response("x = " + problem.answer(), List.of()));
    }

    /** A wrong first try (only it moves the learner model), then one more try, then moving on. */
    private String wrongThenMaybeRight(DemoLaunches.Launched student, ServedProblem problem) {
        attempt(student, problem, mistake(problem));
        if (learner.answers(problem.skillId(), curriculum.trueDifficulty(problem.level()))) {
            return right(student, problem);
        }
        String region = attempt(student, problem, mistake(problem));
        while (region.contains("name=\"itemId\" value=\"" + problem.itemId() + "\"") && !region.contains("/student/moves")) {
            region = attempt(student, problem, mistake(problem));
        }
        return region.contains("/student/moves") ? post(student, "/student/moves", Map.of("itemId", String.valueOf(problem.itemId())))
                : region;
    }

    /** The typical mistake when the learner shows a misconception, else a plain slip. */
    private Response mistake(ServedProblem problem) {
        List<Response> mistakes = problem.typicalMistakes();
        return learner.showsMisconception() ? mistakes.get(0) : mistakes.get(mistakes.size() - 1);
    }

    private String attempt(DemoLaunches.Launched student, ServedProblem problem, Response response) {
        return post(student, "/student/attempts", Map.of("itemId", String.valueOf(problem.itemId()), "answer", response.answer(),
                "work", String.join("\n", response.workLines()), "elapsed", String.valueOf(secondsToAnswer() * 1000)));
    }

    /** How long a try takes: half a minute to two minutes, longer for a student who finds it hard. */
    private int secondsToAnswer() {
        int base = need == PlantedNeed.STRONG ? 20 : 35;
        return base + random.nextInt(base * 2);
    }

    private Map<String, String> interests(String landing) {
        List<String> offered = new ArrayList<>();
        Matcher m = INTEREST.matcher(landing);
        while (m.find()) {
            offered.add(m.group(1));
        }
        return offered.isEmpty() ? Map.of() : Map.of("interest", offered.get(random.nextInt(offered.size())));
    }

    private String post(DemoLaunches.Launched student, String path, Map<String, String> form) {
        requests++;
        LoopbackBrowser.Page page = student.post(path, form);
        if (page.status() != 200) {
            throw new IllegalStateException(path + " answered " + page.status());
        }
        return page.body();
    }

    private static long itemId(String region) {
        Matcher m = ITEM.matcher(region);
        if (!m.find()) {
            throw new IllegalStateException("no problem on the practice page");
        }
        return Long.parseLong(m.group(1));
    }
}
