package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.deliberate.demoplatform.client.UsedValues;
import dev.deliberate.demoplatform.course.DemoLink;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.course.LineItemFilter;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.demoplatform.course.MemberStatus;
import dev.deliberate.demoplatform.course.MemberStatuses;
import dev.deliberate.demoplatform.gradebook.ActivityProgress;
import dev.deliberate.demoplatform.gradebook.GradingProgress;
import dev.deliberate.demoplatform.gradebook.Score;
import dev.deliberate.demoplatform.gradebook.ScoreSubmission;
import dev.deliberate.demoplatform.gradebook.Scores;

/** The demo platform's links, line items, scores, roster changes and used values in the database. */
abstract class DemoRecordsDatabaseTests {

    static final String COURSE = "demo-course-algebra-1";

    @Autowired
    LineItems lineItems;

    @Autowired
    DemoLinks links;

    @Autowired
    Scores scores;

    @Autowired
    UsedValues usedValues;

    @Autowired
    MemberStatuses statuses;

    private final String client = "client-" + UUID.randomUUID();

    @Test
    void aLaterScoreReplacesTheCurrentOneAndAnOlderOneOnlyJoinsTheHistory() {
        long item = lineItem("Scores", "tag").id();

        boolean first = scores.submit(item, score("demo-student-01", 5, "2026-01-01T10:00:00.000001Z"));
        boolean older = scores.submit(item, score("demo-student-01", 1, "2026-01-01T10:00:00Z"));
        boolean equal = scores.submit(item, score("demo-student-01", 2, "2026-01-01T10:00:00.000001Z"));
        boolean later = scores.submit(item, score("demo-student-01", 8, "2026-01-01T10:00:00.000002Z"));

        assertThat(List.of(first, older, equal, later)).containsExactly(true, false, false, true);
        List<Score> current = scores.current(item, "demo-student-01", 0, 10);
        assertThat(current).singleElement().satisfies(s -> assertThat(s.scoreGiven()).isEqualTo(8.0));
        assertThat(scores.history(COURSE, 100)).filteredOn(s -> s.lineItemId() == item).extracting(Score::applied)
                .containsExactly(true, false, false, true);
    }

    @Test
    void lineItemsAreListedPerClientWithFiltersAndPages() {
        lineItem("A", "t1");
        lineItem("B", "t2");
        lineItem("C", "t1");

        assertThat(lineItems.list(COURSE, client, new LineItemFilter(null, null, "t1"), 0, 10)).extracting(LineItem::label)
                .containsExactly("A", "C");
        assertThat(lineItems.list(COURSE, client, LineItemFilter.NONE, 1, 1)).extracting(LineItem::label).containsExactly("B");
        assertThat(lineItems.list(COURSE, "another-" + client, LineItemFilter.NONE, 0, 10)).isEmpty();
    }

    @Test
    void aLinkKeepsItsCustomParametersAndLosesItsGradingWhenTheLineItemGoes() {
        DemoLink link = links.add(null, COURSE, client, "Link", null, Map.of("unit", "fractions"));
        LineItem item = lineItem("Graded", null);
        links.grade(link.id(), item.id());
        assertThat(links.find(link.id()).orElseThrow().lineItemId()).isEqualTo(item.id());

        lineItems.delete(item);

        DemoLink found = links.find(link.id()).orElseThrow();
        assertThat(found.custom()).containsEntry("unit", "fractions");
        assertThat(found.lineItemId()).isNull();
    }

    @Test
    void aValueIsUsedOnlyOncePerClientAndPurpose() {
        Instant until = Instant.now().plusSeconds(300);

        assertThat(usedValues.firstUse("client-assertion", client, "jti-1", until)).isTrue();
        assertThat(usedValues.firstUse("client-assertion", client, "jti-1", until)).isFalse();
        assertThat(usedValues.firstUse("deep-linking-nonce", client, "jti-1", until)).isTrue();
    }

    @Test
    void aRosterChangeIsRecordedAndChangedAgain() {
        String student = "student-" + UUID.randomUUID();
        statuses.set(COURSE, student, MemberStatus.Inactive);
        statuses.set(COURSE, student, MemberStatus.Active);

        assertThat(statuses.changes(COURSE).get(student).status()).isEqualTo(MemberStatus.Active);
    }

    private LineItem lineItem(String label, String tag) {
        return lineItems.add(new LineItem(null, COURSE, client, label, 10, null, null, tag, null, null));
    }

    private static ScoreSubmission score(String user, double given, String timestamp) {
        return new ScoreSubmission(user, given, 10.0, ActivityProgress.Completed, GradingProgress.FullyGraded, null,
                Instant.parse(timestamp));
    }
}
