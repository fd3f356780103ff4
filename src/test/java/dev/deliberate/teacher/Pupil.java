package dev.deliberate.teacher;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.LaunchClient.Reply;

/** A demo student practising over HTTP as htmx does: right answers, wrong ones, moving on. */
final class Pupil {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    private final Launched launched;
    private final JdbcClient jdbc;
    private final PracticeSubject math;
    private Reply last;
    private String lastSkill;

    private Pupil(Launched launched, JdbcClient jdbc, PracticeSubject math, Reply first) {
        this.launched = launched;
        this.jdbc = jdbc;
        this.math = math;
        this.last = first;
    }

    /** The demo person launched, interests chosen, on their first problem. */
    static Pupil start(String baseUrl, String person, JdbcClient jdbc, List<PracticeSubject> subjects) {
        return start(DemoLms.launch(baseUrl, person), jdbc, subjects);
    }

    /** A student launched any way (e.g. by {@link FreshCourse}), interests chosen, on their first problem. */
    static Pupil start(Launched launched, JdbcClient jdbc, List<PracticeSubject> subjects) {
        Reply first = launched.post("/student/interests", Map.of());
        PracticeSubject math = subjects.stream().filter(s -> s.id().equals("math")).findFirst().orElseThrow();
        return new Pupil(launched, jdbc, math, first);
    }

    /**
     * Writes the problem on screen's solution with one line as {@code misconception} writes it (the
     * subject's own pitfall); false, and nothing sent, when the misconception cannot be made on it.
     */
    boolean makes(String misconception) {
        long item = item();
        ItemSpec spec = spec(item);
        var pitfall = math.pitfall(spec, misconception);
        if (pitfall.isEmpty()) {
            return false;
        }
        List<String> work = new java.util.ArrayList<>(math.workedExample(spec).stream().skip(1).limit(pitfall.get().step() - 1L)
                .map(line -> line.text()).toList());
        work.add(pitfall.get().wrong().text());
        last = launched.post("/student/attempts", Map.of("itemId", String.valueOf(item), "work", String.join("\n", work)));
        lastSkill = spec.skillId();
        return true;
    }

    /** The skill of the problem the last mistake was made on. */
    String lastSkill() {
        return lastSkill;
    }

    /** The last page the student was shown. */
    Reply last() {
        return last;
    }

    /** Answers the problem on screen wrongly. */
    Reply wrong() {
        last = launched.post("/student/attempts", Map.of("itemId", String.valueOf(item()), "answer", "x = 98765"));
        return last;
    }

    /** Two wrong answers, then on to the next problem: one graded failure for the learner model. */
    void failsAndMovesOn() {
        long item = item();
        wrong();
        wrong();
        last = launched.post("/student/moves", Map.of("itemId", String.valueOf(item)));
    }

    /** Answers the problem on screen correctly. */
    Reply right() {
        long item = item();
        last = launched.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = " + math.regenerate(spec(item)).answer()));
        return last;
    }

    /** Writes the reflection the practice is waiting for. */
    Reply reflects(String text) {
        last = launched.post("/student/reflections", Map.of("reflection", text));
        return last;
    }

    long item() {
        Matcher m = ITEM.matcher(last.body());
        if (!m.find()) {
            throw new AssertionError("no problem on the page: " + last.body().replaceAll("\\s+", " "));
        }
        return Long.parseLong(m.group(1));
    }

    long membershipId() {
        return jdbc.sql("SELECT s.membership_id FROM practice_session s JOIN practice_item i ON i.session_id = s.id WHERE i.id = ?")
                .param(item()).query(Long.class).single();
    }

    private ItemSpec spec(long itemId) {
        return jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
    }
}
