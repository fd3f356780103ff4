package dev.deliberate.lti.deeplinking;

import java.util.Map;

/**
 * An {@code ltiResourceLink} content item (Deep Linking 2.0 §3.1) with its line item.
 *
 * @param url          the tool's launch URL for the new link
 * @param custom       custom parameters the platform sends back on every launch of the link
 * @param scoreMaximum the line item's maximum; with {@code label}, {@code resourceId} and {@code tag}
 *                     it asks the platform to create a gradebook column
 */
public record ContentItem(String title, String text, String url, Map<String, String> custom, double scoreMaximum,
        String label, String resourceId, String tag) {

    public ContentItem {
        custom = Map.copyOf(custom);
    }
}
