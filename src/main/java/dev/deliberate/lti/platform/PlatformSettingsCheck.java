package dev.deliberate.lti.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules a registration must meet: field sizes (as the columns hold them; the admin API checks them
 * too, Dynamic Registration only here), endpoints are absolute HTTPS URLs (plain HTTP only on the
 * loopback interface, or when the operator allows it), frame origins are origins.
 */
final class PlatformSettingsCheck {

    private static final Pattern FRAME_ORIGIN =
            Pattern.compile("^https?://(\\*\\.)?[a-z0-9.-]+(:\\d{1,5})?$");

    private final boolean allowHttp;

    PlatformSettingsCheck(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    /** The problems found, one sentence each; empty when the settings can be stored. */
    List<String> problems(PlatformSettings settings) {
        List<String> problems = new ArrayList<>();
        checkLength("name", settings.name(), 200, problems);
        checkLength("issuer", settings.issuer(), 255, problems);
        checkLength("clientId", settings.clientId(), 255, problems);
        checkLength("authorizationEndpoint", settings.authorizationEndpoint(), 1024, problems);
        checkLength("tokenEndpoint", settings.tokenEndpoint(), 1024, problems);
        checkLength("jwksUri", settings.jwksUri(), 1024, problems);
        checkLength("tokenAudience", settings.tokenAudience(), 1024, problems);
        settings.frameOrigins().forEach(origin -> checkLength("frameOrigins entry", origin, 200, problems));
        settings.deployments().forEach(deployment -> checkLength("deployment id", deployment, 255, problems));
        if (!problems.isEmpty()) {
            return problems;
        }
        checkUrl("issuer", settings.issuer(), problems);
        checkUrl("authorizationEndpoint", settings.authorizationEndpoint(), problems);
        checkUrl("tokenEndpoint", settings.tokenEndpoint(), problems);
        checkUrl("jwksUri", settings.jwksUri(), problems);
        if (settings.tokenAudience() != null && settings.tokenAudience().isBlank()) {
            problems.add("tokenAudience must not be blank");
        }
        for (String origin : settings.frameOrigins()) {
            String lower = origin.toLowerCase(Locale.ROOT);
            if (!FRAME_ORIGIN.matcher(lower).matches() || !schemeAllowed(URI.create(lower.replace("*.", "x.")))) {
                problems.add("frameOrigins entry '" + origin + "' must be an origin such as https://lms.example.edu or https://*.example.edu");
            }
        }
        return problems;
    }

    private static void checkLength(String field, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }

    private void checkUrl(String field, String value, List<String> problems) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        }
        catch (IllegalArgumentException e) {
            problems.add(field + " is not a valid URL");
            return;
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            problems.add(field + " must be an absolute URL");
        }
        else if (!schemeAllowed(uri)) {
            problems.add(field + " must use https (plain http is accepted only for localhost)");
        }
        else if (uri.getFragment() != null) {
            problems.add(field + " must not have a fragment");
        }
    }

    private boolean schemeAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        return scheme.equals("http") && (allowHttp || PublicAddresses.isLoopbackName(uri.getHost()));
    }
}
