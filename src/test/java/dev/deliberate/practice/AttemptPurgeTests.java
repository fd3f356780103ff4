package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.practice.AttemptPurge.Purged;
import dev.deliberate.shared.DbTime;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Retention: answers older than {@code deliberate.privacy.attempts-retention} go with the problems
 * left without answers and the estimates recorded after them; the learner model, the problem on
 * screen and everything newer stay; one node runs each period's purge.
 */
@TestPropertySource(properties = { "deliberate.privacy.attempts-retention=30d", "deliberate.privacy.purge-check=1h" })
abstract class AttemptPurgeTests extends IntegrationTestSupport {

    private static final String HISTORY = "SELECT COUNT(*) FROM mastery_skill_history WHERE membership_id IN "
            + "(SELECT membership_id FROM practice_session WHERE id = ?)";
    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttemptPurge purge;

    private TestPlatform lms;

    @AfterEach
    void closePlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    void answersPastRetentionGoAndTheLearnerModelStays() {
        TestPlatform platform = register();
        Launched ada = launch(platform, "ada");
        long oldItem = failAndMoveOn(ada);
        long adasSession = session(oldItem);
        long graceItem = failAndMoveOn(launch(platform, "grace"));
        long gracesSession = session(graceItem);
        long skills = count("SELECT COUNT(*) FROM mastery_skill WHERE membership_id IN "
                + "(SELECT membership_id FROM practice_session WHERE id = ?)", adasSession);
        assertThat(count("SELECT COUNT(*) FROM mastery_skill_history WHERE membership_id IN "
                + "(SELECT membership_id FROM practice_session WHERE id = ?)", adasSession)).as("an estimate recorded").isPositive();
        clock.advance(Duration.ofDays(31));
        long current = currentItem(adasSession);
        Launched adaAgain = launch(platform, "ada");
        assertThat(wrong(adaAgain, current).status()).isEqualTo(200);
        int answeredBefore = answersCounted(adasSession);
        long recent = count(HISTORY + " AND recorded_at >= ?", adasSession, DbTime.of(clock.instant().minus(Duration.ofDays(30))));

        Optional<Purged> purged = purge.purge();

        assertThat(purged).isPresent();
        assertThat(purged.get().attempts()).as("two old answers each of Ada and Grace").isEqualTo(4);
        assertThat(purged.get().items()).as("the problems they moved on from").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM practice_item WHERE id IN (?, ?)", oldItem, graceItem)).isZero();
        assertThat(count("SELECT COUNT(*) FROM practice_attempt WHERE item_id = ?", current)).as("this month's answer").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM practice_item WHERE id = ?", current)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM practice_session WHERE current_item_id IS NOT NULL AND current_item_id NOT IN "
                + "(SELECT id FROM practice_item)")).as("no learner lost the problem on screen").isZero();
        assertThat(count(HISTORY + " AND recorded_at < ?", adasSession, DbTime.of(clock.instant().minus(Duration.ofDays(30)))))
                .as("no estimate recorded before the cutoff").isZero();
        assertThat(count(HISTORY, adasSession)).as("this month's estimates").isEqualTo(recent);
        assertThat(count("SELECT COUNT(*) FROM mastery_skill WHERE membership_id IN "
                + "(SELECT membership_id FROM practice_session WHERE id = ?)", adasSession)).as("estimates stay").isEqualTo(skills);
        assertThat(answersCounted(adasSession)).as("the session's counts stay").isEqualTo(answeredBefore);
        assertThat(recentAnswers(gracesSession)).as("Grace's latest answers, all past retention").isEmpty();
        assertThat(recentAnswers(adasSession)).as("Ada's, one this month").isNotEmpty();
        assertThat(wrong(adaAgain, current).status()).as("she practises on").isEqualTo(200);
    }

    @Test
    void oneRunPerPeriodWhateverTheNumberOfNodes() {
        clock.advance(Duration.ofHours(2));
        List<CompletableFuture<Optional<Purged>>> nodes = List.of(CompletableFuture.supplyAsync(purge::purge),
                CompletableFuture.supplyAsync(purge::purge), CompletableFuture.supplyAsync(purge::purge));

        long ran = nodes.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();

        assertThat(ran).isEqualTo(1);
        assertThat(purge.purge()).as("again within the period").isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(purge.purge()).as("the next period").isPresent();
        assertThat(jdbc.sql("SELECT started_by FROM privacy_purge WHERE name = 'attempts'").query(String.class).single()).isNotBlank();
    }

    private TestPlatform register() {
        lms = new TestPlatform("https://lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu", "client",
                List.of("1"), clock);
        registry.save(lms.settings(), PlatformSource.DYNAMIC_REGISTRATION);
        return lms;
    }

    private Launched launch(TestPlatform platform, String subject) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(platform.loginParameters(baseUrl));
        Reply landing = browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject)
                .build()), login.state());
        assertThat(landing.status()).as(landing.reason().orElse("launch")).isEqualTo(200);
        return new Launched(browser, landing, landing.header("X-Deliberate-Session").orElseThrow());
    }

    /** Two wrong answers on the first problem and a move to the next: the first problem's id. */
    private long failAndMoveOn(Launched learner) {
        Matcher item = ITEM.matcher(learner.post("/student/interests", Map.of("interest", "sports")).body());
        assertThat(item.find()).as("a problem is served").isTrue();
        long id = Long.parseLong(item.group(1));
        wrong(learner, id);
        wrong(learner, id);
        learner.post("/student/moves", Map.of("itemId", item.group(1)));
        assertThat(currentItem(session(id))).as("on to the next problem").isNotEqualTo(id);
        return id;
    }

    private Reply wrong(Launched learner, long item) {
        return learner.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 98765"));
    }

    private long session(long item) {
        return count("SELECT session_id FROM practice_item WHERE id = ?", item);
    }

    private long currentItem(long session) {
        return count("SELECT current_item_id FROM practice_session WHERE id = ?", session);
    }

    private int answersCounted(long session) {
        return (int) count("SELECT attempts FROM practice_session WHERE id = ?", session);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String recentAnswers(long session) {
        return jdbc.sql("SELECT recent_answers FROM practice_session WHERE id = ?").param(session).query(String.class).single();
    }
}
