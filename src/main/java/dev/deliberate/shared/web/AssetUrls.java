package dev.deliberate.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The address a compiled (jte) page links a script or style sheet by: its name with the content
 * hash, as Thymeleaf's {@code @{...}} writes it through the resource chain, so {@link AssetCaching}
 * lets browsers keep it for a year. A file's hash does not change while the node runs, so each
 * address is worked out once.
 */
@Component
public class AssetUrls {

    private final ResourceUrlProvider resources;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    AssetUrls(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    /** {@code /js/practice.js} as {@code /js/practice-<md5>.js}; the plain path if the chain does not know it (yet). */
    public String url(String path) {
        String known = urls.get(path);
        if (known != null) {
            return known;
        }
        String hashed = resources.getForLookupPath(path);
        if (hashed == null) {
            return path;
        }
        urls.putIfAbsent(path, hashed);
        return hashed;
    }
}
