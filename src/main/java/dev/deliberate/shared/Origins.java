package dev.deliberate.shared;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Web origins (scheme://host[:port]) as the browser compares them. */
public final class Origins {

    private Origins() {
    }

    /** The origin of an absolute http(s) URL; throws {@link IllegalArgumentException} for anything else. */
    public static String of(String url) {
        return find(url).orElseThrow(() -> new IllegalArgumentException("not an absolute http(s) URL: " + url));
    }

    /** The origin of an absolute http(s) URL, or empty when the text is not one. */
    public static Optional<String> find(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
