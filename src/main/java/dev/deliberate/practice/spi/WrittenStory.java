package dev.deliberate.practice.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A story the engine accepted, in English and Spanish, with placeholders where the engine puts
 * its own numbers and character ({@code [N1]}, {@code [N2]}, … {@code [NAME]}).
 *
 * @param id      a digest of both texts: the same story always has the same id
 * @param english the story in English
 * @param spanish the story in Spanish
 */
public record WrittenStory(String id, String english, String spanish) {

    public WrittenStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(spanish, "spanish");
    }

    /** A story with its id computed from its texts. */
    public static WrittenStory of(String english, String spanish) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((english + "\n" + spanish).getBytes(StandardCharsets.UTF_8));
            return new WrittenStory(HexFormat.of().formatHex(digest, 0, 8), english, spanish);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
