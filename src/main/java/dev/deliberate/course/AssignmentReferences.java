package dev.deliberate.course;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The value of the custom parameter that carries an assignment to the link a platform creates:
 * {@code <id>.<mac>}, the mac an HMAC-SHA256 of the id and the platform's registration, cut to 128
 * bits, base64url. Moodle and Canvas let teachers edit custom parameters, so the id alone would let
 * any course of the platform take another course's settings; a value that verifies can only come
 * from a Deep Linking response of this tool (or a course copy of its link, which is meant to keep
 * the settings). The key is a secret of its own, kept like the session key in {@link AppSecrets},
 * and outlives session key changes: links carry it for years.
 */
@Component
class AssignmentReferences {

    static final String UNSIGNED = "ASSIGNMENT_UNSIGNED";
    static final String SIGNATURE_INVALID = "ASSIGNMENT_SIGNATURE_INVALID";
    private static final String SECRET_NAME = "assignment-hmac";
    private static final int MAC_BYTES = 16;
    private static final Pattern SIGNED = Pattern.compile("(\\d{1,18})\\.([A-Za-z0-9_-]{22})");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    AssignmentReferences(AppSecrets secrets) {
        this.key = new SecretKeySpec(Base64.getUrlDecoder().decode(secrets.named(SECRET_NAME)), "HmacSHA256");
    }

    /** What a custom parameter value names: an assignment, or the reason code why none. */
    record Reference(long assignmentId, String refusal) {
    }

    String sign(long assignmentId, long platformId) {
        return assignmentId + "." + B64.encodeToString(mac(assignmentId, platformId));
    }

    Reference read(String value, long platformId) {
        Matcher signed = SIGNED.matcher(value);
        if (!signed.matches()) {
            return new Reference(0, value.matches("\\d{1,18}") ? UNSIGNED : SIGNATURE_INVALID);
        }
        long id = Long.parseLong(signed.group(1));
        // compared as text, so that no second spelling of the same bytes verifies
        byte[] expected = B64.encodeToString(mac(id, platformId)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signed.group(2).getBytes(StandardCharsets.US_ASCII)) ? new Reference(id, null)
                : new Reference(0, SIGNATURE_INVALID);
    }

    private byte[] mac(long assignmentId, long platformId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(("assignment." + assignmentId + ".platform." + platformId).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(full, MAC_BYTES);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
