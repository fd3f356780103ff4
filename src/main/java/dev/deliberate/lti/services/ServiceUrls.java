package dev.deliberate.lti.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/** Service URLs as platforms give them: checked, compared by origin, extended, and cut short for messages. */
final class ServiceUrls {

    private ServiceUrls() {
    }

    /** {@code url} as an absolute http(s) URI with a host, or a permanent failure saying what is wrong with it. */
    static URI uri(String url) {
        if (url == null) {
            throw invalidUrl("null", "no URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        }
        catch (URISyntaxException e) {
            throw invalidUrl(url, e.getReason());
        }
        if (!usable(uri)) {
            throw invalidUrl(url, "not an absolute http(s) URL with a host");
        }
        return uri;
    }

    static boolean usable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"));
    }

    /** RFC 6454 origin of an http(s) URI: scheme, host and port, the default port written out. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static ServiceFailure invalidUrl(String url, String why) {
        return new ServiceFailure(Kind.PERMANENT, 0, "service URL " + cut(url) + " is not valid: " + why, null);
    }

    /** A URL for a message: whole when short, else its start (a platform's URL is not trusted to be short). */
    static String cut(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "…" : url;
    }

    /** The URL with a path segment added before its query (Moodle's service URLs carry ?type_id=…). */
    static String withPath(String url, String segment) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + segment + rest;
    }
}
