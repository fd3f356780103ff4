package dev.deliberate.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens: 256 bits from a {@link SecureRandom}, base64url without padding (43 characters). */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String next() {
        return bytes(32);
    }

    public static String bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
