package dev.deliberate.demoplatform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;

/**
 * The demo platform's {@code lti_message_hint}: which person launches which link, signed so the
 * authorization endpoint only signs id_tokens for launches the platform itself offered. Stands in
 * for the user session a real LMS would check.
 */
final class MessageHints {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    MessageHints(DemoKeys keys) {
        try {
            this.key = MessageDigest.getInstance("SHA-256").digest(keys.signingKey().toPrivateKey().getEncoded());
        }
        catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot derive the demo hint key", e);
        }
    }

    String sign(String personId, String linkId) {
        String body = B64.encodeToString((personId + "|" + linkId).getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The (person, link) of a genuine hint. */
    Optional<String[]> read(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        int dot = hint.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String body = hint.substring(0, dot);
            if (!MessageDigest.isEqual(mac(body), Base64.getUrlDecoder().decode(hint.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\\|", -1);
            return parts.length == 2 ? Optional.of(parts) : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
