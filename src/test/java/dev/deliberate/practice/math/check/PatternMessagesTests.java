package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every misconception the checker names can recur, so each needs its "you tend to …" message (else the page fails). */
class PatternMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = { "messages/messages.properties", "messages/messages_es.properties" })
    void everyNamedMisconceptionHasItsRecurringMessage(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        for (Misconception misconception : Misconception.values()) {
            if (misconception != Misconception.UNKNOWN) {
                assertThat(messages.getProperty("practice.pattern." + misconception.name())).as(bundle + " " + misconception).isNotBlank();
            }
        }
    }
}
