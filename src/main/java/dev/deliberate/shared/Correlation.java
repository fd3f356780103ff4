package dev.deliberate.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of a launch: made at login initiation (or taken from a safe incoming
 * {@code X-Request-Id}), kept with the login state, restored by the launch, carried in the session
 * token, and put in the logging context ({@code cid}) of every request that acts for that launch, so
 * one launch's log lines share it (docs/operations.md).
 */
public final class Correlation {

    /** The key of the id in the logging context (MDC). */
    public static final String KEY = "cid";
    /** The request header a proxy may set; its value is used only when it is safe to print. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Correlation() {
    }

    /** The id of the current request, if one is known. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(KEY));
    }

    /** The current id, or a new one made the current id. */
    public static String currentOrNew() {
        return current().orElseGet(() -> {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            use(id);
            return id;
        });
    }

    /** Makes {@code id} the current request's id; a null or unsafe id changes nothing. */
    public static void use(String id) {
        if (safe(id)) {
            MDC.put(KEY, id);
        }
    }

    /** Whether {@code id} may be printed in a log line as it is: 8 to 64 letters, digits, {@code . _ : -}. */
    public static boolean safe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** Forgets the current request's id. */
    public static void clear() {
        MDC.remove(KEY);
    }
}
