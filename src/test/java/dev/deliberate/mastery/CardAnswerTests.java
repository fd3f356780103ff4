package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How an answer becomes a rating, when it counts as automatic, and which cards a group holds. */
class CardAnswerTests {

    @ParameterizedTest(name = "{0} right={1} in {2} ms: {3}, automatic {4}")
    @CsvSource({
        "CLOZE,     false, 1000,  AGAIN, false",
        "CLOZE,     true,  5000,  EASY,  true",
        "CLOZE,     true,  5001,  GOOD,  false",
        "CLOZE,     true,  10000, GOOD,  false",
        "CLOZE,     true,  10001, HARD,  false",
        "TRANSFORM, true,  8000,  EASY,  true",
        "TRANSFORM, true,  9000,  GOOD,  false",
        "TRANSLATE, true,  12000, EASY,  true",
        "TRANSLATE, true,  30000, HARD,  false",
        "TRANSLATE, false, 2000,  AGAIN, false" })
    void ratingFollowsRightnessAndSpeedAgainstTheItemTypesThreshold(ItemType type, boolean right, long millis,
            ReviewRating rating, boolean automatic) {
        CardAnswer answer = new CardAnswer("verb:aller|tense:present", type, right, Duration.ofMillis(millis), Instant.EPOCH);

        assertThat(answer.rating()).isEqualTo(rating);
        assertThat(answer.automatic()).isEqualTo(automatic);
    }

    @Test
    void ratingsAreTheFsrsGrades() {
        assertThat(ReviewRating.values()).extracting(ReviewRating::grade).containsExactly(1, 2, 3, 4);
    }

    @Test
    void cardKeysAndResponseTimesAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CardAnswer(" ", ItemType.CLOZE, true, Duration.ZERO, Instant.EPOCH));
        assertThatIllegalArgumentException().isThrownBy(() -> new CardAnswer("x".repeat(161), ItemType.CLOZE, true, Duration.ZERO, Instant.EPOCH));
        assertThatIllegalArgumentException().isThrownBy(() -> new CardAnswer("k", ItemType.CLOZE, true, Duration.ofSeconds(-1), Instant.EPOCH));
    }

    @Test
    void groupsMatchWholeSegmentsAndPrefixes() {
        String key = "verb:aller|tense:passe_compose|person:3s";

        assertThat(CardGroup.having("tense:passe_compose").matches(key)).isTrue();
        assertThat(CardGroup.having("tense:passe").matches(key)).isFalse();
        assertThat(CardGroup.having("verb:aller", "person:3s").matches(key)).isTrue();
        assertThat(CardGroup.having("verb:aller", "person:1s").matches(key)).isFalse();
        assertThat(CardGroup.prefix("verb:aller|").matches(key)).isTrue();
        assertThat(CardGroup.prefix("verb:all|").matches(key)).isFalse();
        assertThat(CardGroup.ALL.matches(key)).isTrue();
    }
}
