package dev.deliberate.demoplatform.deeplinking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.DemoMacs;
import dev.deliberate.shared.RandomTokens;

/**
 * The opaque {@code data} of a deep linking request's settings (Deep Linking 2.0): which client asked
 * to add an activity to which course, until when. The tool must echo it unchanged; sealing it
 * lets the platform trust it when it comes back without keeping any state.
 */
@Component
@Profile("demo")
public class DeepLinkingData {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String PURPOSE = "deep_linking_data";

    private final DemoMacs macs;
    private final Clock clock;

    DeepLinkingData(DemoMacs macs, Clock clock) {
        this.macs = macs;
        this.clock = clock;
    }

    public String seal(String clientId, String courseId) {
        Instant expires = clock.instant().plus(LIFETIME);
        return macs.seal(PURPOSE, String.join("\n", clientId, courseId, expires.toString(), RandomTokens.bytes(12)));
    }

    /** The course of data this platform sealed for this client, while it is fresh. */
    Optional<String> courseOf(String data, String clientId) {
        return macs.open(PURPOSE, data).map(text -> text.split("\n", -1))
                .filter(parts -> parts.length == 4 && parts[0].equals(clientId)
                        && Instant.parse(parts[2]).isAfter(clock.instant()))
                .map(parts -> parts[1]);
    }
}
