package dev.deliberate.demoplatform.launch;

import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.DemoMacs;

/**
 * The demo platform's {@code lti_message_hint}: a sealed {@link LaunchHint}, so the authorization
 * endpoint signs id_tokens only for launches the platform itself offered. Stands in for the user
 * session a real LMS would check.
 */
@Component
@Profile("demo")
class LaunchHints {

    private static final String PURPOSE = "lti_message_hint";

    private final DemoMacs macs;

    LaunchHints(DemoMacs macs) {
        this.macs = macs;
    }

    String seal(LaunchHint hint) {
        return macs.seal(PURPOSE, String.join("\n", hint.personId(), hint.messageType().name(), hint.linkId(), hint.clientId(),
                hint.launchId()));
    }

    /** The hint this platform sealed, or empty for anything else. */
    Optional<LaunchHint> open(String sealed) {
        return macs.open(PURPOSE, sealed).map(text -> text.split("\n", -1)).filter(parts -> parts.length == 5)
                .map(parts -> new LaunchHint(parts[0], MessageType.valueOf(parts[1]), parts[2], parts[3], parts[4]));
    }
}
