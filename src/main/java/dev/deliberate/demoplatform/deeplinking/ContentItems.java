package dev.deliberate.demoplatform.deeplinking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.shared.Origins;

/**
 * Reads the {@code content_items} of a deep linking response against what the request accepted:
 * only {@code ltiResourceLink}, at most one, launching the same tool (Deep Linking 2.0).
 */
final class ContentItems {

    private static final int MAX_TEXT = 255;

    private ContentItems() {
    }

    static List<ResourceLinkItem> read(Object claim, ToolClient client) {
        if (claim == null) {
            return List.of();
        }
        if (!(claim instanceof List<?> items)) {
            throw new DeepLinkingRefused("content_items must be an array");
        }
        // the request said accept_multiple: false
        if (items.size() > 1) {
            throw new DeepLinkingRefused("only one content item is accepted, " + items.size() + " came back");
        }
        return items.stream().map(item -> resourceLink(item, client)).toList();
    }

    private static ResourceLinkItem resourceLink(Object item, ToolClient client) {
        Map<?, ?> fields = item instanceof Map<?, ?> map ? map : Map.of();
        if (!"ltiResourceLink".equals(fields.get("type"))) {
            throw new DeepLinkingRefused("content item type " + fields.get("type") + " is not accepted (only ltiResourceLink)");
        }
        String title = text(fields, "title");
        String url = text(fields, "url");
        if (url != null && !launchesTool(url, client)) {
            throw new DeepLinkingRefused("url " + url + " is not on the tool's own origin");
        }
        return new ResourceLinkItem(title == null ? "Untitled activity" : title, url, custom(fields.get("custom")),
                lineItem(fields.get("lineItem"), title));
    }

    private static ResourceLinkItem.LineItemRequest lineItem(Object claim, String title) {
        if (claim == null) {
            return null;
        }
        Map<?, ?> fields = claim instanceof Map<?, ?> map ? map : Map.of();
        if (!(fields.get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0) {
            throw new DeepLinkingRefused("lineItem.scoreMaximum must be a number greater than 0");
        }
        String label = text(fields, "label");
        return new ResourceLinkItem.LineItemRequest(label != null ? label : title != null ? title : "Untitled activity",
                max.doubleValue(), text(fields, "resourceId"), text(fields, "tag"));
    }

    private static Map<String, String> custom(Object claim) {
        if (claim == null) {
            return Map.of();
        }
        if (!(claim instanceof Map<?, ?> map) || map.values().stream().anyMatch(v -> !(v instanceof String))) {
            throw new DeepLinkingRefused("custom must be an object of string values");
        }
        Map<String, String> custom = new LinkedHashMap<>();
        map.forEach((k, v) -> custom.put(String.valueOf(k), (String) v));
        return custom;
    }

    private static boolean launchesTool(String url, ToolClient client) {
        return Origins.find(url).filter(origin -> Stream.concat(client.redirectUris().stream(), Stream.of(client.targetLinkUri()))
                .map(u -> Origins.find(u).orElse(null)).filter(Objects::nonNull).anyMatch(origin::equals)).isPresent();
    }

    private static String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value != null && (!(value instanceof String s) || s.length() > MAX_TEXT)) {
            throw new DeepLinkingRefused(name + " must be a string of at most " + MAX_TEXT + " characters");
        }
        return value == null || ((String) value).isBlank() ? null : (String) value;
    }
}
