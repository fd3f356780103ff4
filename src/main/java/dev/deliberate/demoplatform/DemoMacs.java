package dev.deliberate.demoplatform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;

/**
 * Opaque values only this platform can make: a text, base64url-encoded, followed by an
 * HMAC-SHA256 over it and its purpose, so a value made for one purpose (a launch hint) never
 * passes for another (deep linking data). The key derives from the platform's signing key, so
 * every node and every restart agree on it.
 */
@Component
@Profile("demo")
public class DemoMacs {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    DemoMacs(DemoKeys keys) {
        try {
            this.key = MessageDigest.getInstance("SHA-256").digest(keys.signingKey().toPrivateKey().getEncoded());
        }
        catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot derive the demo platform's MAC key", e);
        }
    }

    /** The text, made opaque and unforgeable for this purpose. */
    public String seal(String purpose, String text) {
        String body = B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac(purpose, body));
    }

    /** The text of a value this platform sealed for this purpose; empty for anything else. */
    public Optional<String> open(String purpose, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        int dot = sealed.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String body = sealed.substring(0, dot);
            if (!MessageDigest.isEqual(mac(purpose, body), Base64.getUrlDecoder().decode(sealed.substring(dot + 1)))) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String purpose, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
