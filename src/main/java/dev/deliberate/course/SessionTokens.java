package dev.deliberate.course;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import dev.deliberate.shared.Correlation;

/**
 * Signed, self-contained session tokens: the {@link CourseSession} fields, then an HMAC-SHA256 of
 * them. Any node verifies them without a database read, the page carries them in a header (no
 * third-party cookie needed), and nothing in them is secret. A token whose signature, format or
 * expiry is wrong is simply not a session.
 */
@Component
class SessionTokens {

    private static final String VERSION = "s1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 512;

    private final byte[] key;
    /** One keyed MAC per thread: looking the algorithm up and keying it cost more than the MAC of a token. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final SessionProperties properties;
    private final Clock clock;

    SessionTokens(SessionProperties properties, AppSecrets secrets, Clock clock) {
        String secret = properties.secret() != null && !properties.secret().isBlank()
                ? properties.secret() : secrets.named("session-hmac");
        this.key = decodeKey(secret);
        this.properties = properties;
        this.clock = clock;
    }

    /** A session starting now. */
    CourseSession start(long membershipId, long personId, long contextId, long linkId, CourseRole role, String locale) {
        Instant now = clock.instant();
        return new CourseSession(membershipId, personId, contextId, linkId, role, locale, now, now.plus(properties.lifetime()),
                Correlation.current().orElse(null));
    }

    /** The same session with a fresh lifetime. */
    CourseSession renew(CourseSession s) {
        Instant now = clock.instant();
        return new CourseSession(s.membershipId(), s.personId(), s.contextId(), s.linkId(), s.role(), s.locale(), now,
                now.plus(properties.lifetime()), s.launchId());
    }

    /** The same session, from now on in {@code locale} (null: none given). */
    CourseSession inLocale(CourseSession s, String locale) {
        return start(s.membershipId(), s.personId(), s.contextId(), s.linkId(), s.role(), locale);
    }

    /** True when more than half of the session's lifetime has passed. */
    boolean dueForRenewal(CourseSession s) {
        return clock.instant().isAfter(s.issuedAt().plus(properties.lifetime().dividedBy(2)));
    }

    String encode(CourseSession s) {
        String body = String.join(".", VERSION, Long.toString(s.membershipId()), Long.toString(s.personId()),
                Long.toString(s.contextId()), Long.toString(s.linkId()), s.role().name(),
                s.locale() == null ? "" : B64.encodeToString(s.locale().getBytes(StandardCharsets.UTF_8)),
                Long.toString(s.issuedAt().getEpochSecond()), Long.toString(s.expiresAt().getEpochSecond()))
                + (Correlation.safe(s.launchId()) ? "." + s.launchId() : "");
        String payload = B64.encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /** The session in a token, when the token is genuine and unexpired. */
    Optional<CourseSession> decode(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), B64D.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            return parse(new String(B64D.decode(payload), StandardCharsets.UTF_8))
                    .filter(s -> s.expiresAt().isAfter(clock.instant()));
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<CourseSession> parse(String body) {
        String[] f = body.split("\\.", -1);
        // a tenth field, the launch's correlation id, is optional: tokens issued before it stay valid
        if (f.length < 9 || f.length > 10 || !VERSION.equals(f[0])) {
            return Optional.empty();
        }
        String locale = f[6].isEmpty() ? null : new String(B64D.decode(f[6]), StandardCharsets.UTF_8);
        return Optional.of(new CourseSession(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), CourseRole.valueOf(f[5]), locale, Instant.ofEpochSecond(Long.parseLong(f[7])),
                Instant.ofEpochSecond(Long.parseLong(f[8])), f.length == 10 && Correlation.safe(f[9]) ? f[9] : null));
    }

    private byte[] mac(String payload) {
        // doFinal resets the MAC for the next token on this thread
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] decodeKey(String secret) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(secret.trim().replace('+', '-').replace('/', '_').replace("=", ""));
        }
        catch (IllegalArgumentException e) {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("deliberate.session.secret must hold at least 32 bytes (base64)");
        }
        return bytes;
    }
}
