package dev.deliberate.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.shared.DbTime;

/**
 * One student's practice of the teacher's assignment, item by item: the problem, every answer with
 * the feedback it got, hints and worked examples used, and how it ended. Every query is scoped by
 * the teacher's session (course and assignment). The feedback is not stored: each answer is checked
 * again by the subject (checking is exact and repeatable) and its explanation rendered as the
 * practice page rendered it.
 */
@Component
public class PracticeHistory {

    /** Items per page of the timeline. */
    public static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AssignmentPlans plans;
    private final PracticePage page;

    PracticeHistory(JdbcClient jdbc, Subjects subjects, AssignmentPlans plans, PracticePage page) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.plans = plans;
        this.page = page;
    }

    /** The student's items before {@code beforeSeq} (null: the latest), newest first, {@link #PAGE} at most. */
    public Timeline timeline(CourseSession teacher, long membershipId, Integer beforeSeq, Locale locale) {
        PracticeSubject subject = subjects.get(plans.of(teacher).subject());
        List<Row> rows = jdbc.sql("""
                SELECT i.id, i.seq, i.skill, i.difficulty, i.context, i.wording, i.seed, i.hints, i.example_shown, i.outcome,
                       i.served_at, i.finished_at
                FROM practice_item i JOIN practice_session s ON s.id = i.session_id
                WHERE s.membership_id = ? AND s.link_id = ? AND s.context_id = ? AND i.seq < ?
                ORDER BY i.seq DESC""" + " LIMIT " + (PAGE + 1))
                .params(membershipId, teacher.linkId(), teacher.contextId(), beforeSeq == null ? Integer.MAX_VALUE : beforeSeq)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getInt("seq"), new ItemSpec(rs.getString("skill"), rs.getDouble("difficulty"),
                        rs.getString("context"), rs.getString("wording"), rs.getLong("seed")), rs.getInt("hints"),
                        rs.getBoolean("example_shown"), rs.getString("outcome"), DbTime.read(rs, "served_at"), DbTime.read(rs, "finished_at")))
                .list();
        boolean older = rows.size() > PAGE;
        List<Row> shown = older ? rows.subList(0, PAGE) : rows;
        Map<Long, List<Answer>> answers = answers(subject, shown, locale);
        List<Item> items = shown.stream().map(r -> new Item(r.id(), r.seq(), r.spec().skillId(),
                page.render(dev.deliberate.practice.spi.Text.of(subject.id() + ".skill." + r.spec().skillId()), locale),
                page.render(subject.regenerate(r.spec()).statement(), locale), r.hints(), PracticeSubject.HINT_RUNGS, r.exampleShown(),
                r.outcome(), r.servedAt(), r.finishedAt(), answers.getOrDefault(r.id(), List.of()))).toList();
        return new Timeline(items, older ? shown.get(shown.size() - 1).seq() : null);
    }

    private Map<Long, List<Answer>> answers(PracticeSubject subject, List<Row> items, Locale locale) {
        Map<Long, List<Answer>> byItem = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return byItem;
        }
        Map<Long, ItemSpec> specs = new LinkedHashMap<>();
        items.forEach(r -> specs.put(r.id(), r.spec()));
        jdbc.sql("SELECT item_id, answer, work, verdict, line_no, misconception, time_taken_ms, created_at FROM practice_attempt "
                + "WHERE item_id IN (:ids) ORDER BY id").param("ids", specs.keySet())
                .query((rs, i) -> {
                    long itemId = rs.getLong("item_id");
                    String work = rs.getString("work");
                    List<String> lines = work == null || work.isBlank() ? List.of() : List.of(work.split("\n"));
                    Response response = new Response(rs.getString("answer"), lines);
                    String verdict = rs.getString("verdict");
                    String misconception = rs.getString("misconception");
                    Checked again = subject.check(specs.get(itemId), response);
                    boolean same = again.verdict().name().equals(verdict) && java.util.Objects.equals(again.misconception(), misconception);
                    Duration took = rs.getObject("time_taken_ms") == null ? null : Duration.ofMillis(rs.getLong("time_taken_ms"));
                    return Map.entry(itemId, new Answer(response.answer(), lines, verdict, again.correct() ? null : again.line(),
                            again.atFinalAnswer(), misconception, same ? page.render(again.explanation(), locale) : null, took,
                            DbTime.read(rs, "created_at")));
                }).list()
                .forEach(e -> byItem.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return byItem;
    }

    /**
     * How often the student showed each misconception in this assignment in the 7 days up to
     * {@code now} and in the 7 days before, by misconception and skill.
     */
    public List<Trend> trends(CourseSession teacher, long membershipId, Instant now) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<String, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.misconception, i.skill, a.created_at FROM practice_attempt a
                JOIN practice_item i ON i.id = a.item_id JOIN practice_session s ON s.id = a.session_id
                WHERE s.membership_id = ? AND s.link_id = ? AND s.context_id = ? AND a.misconception IS NOT NULL AND a.created_at >= ?""")
                .params(membershipId, teacher.linkId(), teacher.contextId(), DbTime.of(now.minus(Duration.ofDays(14))))
                .query((RowCallbackHandler) rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new int[2]);
                    c[DbTime.read(rs, "created_at").isBefore(weekAgo) ? 1 : 0]++;
                });
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|", 2);
            return new Trend(key[0], key[1], e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    /** A page of the timeline; {@code olderBefore} is the seq to ask for the next page with, null when there is none. */
    public record Timeline(List<Item> items, Integer olderBefore) {
    }

    /**
     * An item served to the student.
     *
     * @param hints    hints asked for (the ladder has {@code rungs} rungs)
     * @param outcome  null while open; SOLVED, SOLVED_WITH_HELP or MOVED_ON once finished
     */
    public record Item(long id, int seq, String skillId, String skill, String problem, int hints, int rungs, boolean exampleShown,
            String outcome, Instant servedAt, Instant finishedAt, List<Answer> answers) {
    }

    /**
     * One answer and the feedback it got.
     *
     * @param verdict       CORRECT, MISTAKE or UNREADABLE
     * @param line          the line the feedback points at, or null
     * @param feedback      the explanation the student read; null if the subject no longer judges the answer as it did
     * @param timeTaken     how long the student took, or null when the page did not measure it
     */
    public record Answer(String answer, List<String> work, String verdict, Integer line, boolean atFinalAnswer, String misconception,
            String feedback, Duration timeTaken, Instant at) {
    }

    /** Occurrences of a misconception on a skill in the last 7 days and in the 7 before. */
    public record Trend(String code, String skillId, int lastWeek, int weekBefore) {
    }

    private record Row(long id, int seq, ItemSpec spec, int hints, boolean exampleShown, String outcome, Instant servedAt,
            Instant finishedAt) {
    }
}
