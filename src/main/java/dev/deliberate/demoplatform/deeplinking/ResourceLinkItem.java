package dev.deliberate.demoplatform.deeplinking;

import java.util.Map;

/**
 * An {@code ltiResourceLink} content item a tool returned (Deep Linking 2.0, content item types).
 *
 * @param url      the launch URL, or null to launch the tool's default target
 * @param lineItem the gradebook column to create with it, or null
 */
record ResourceLinkItem(String title, String url, Map<String, String> custom, LineItemRequest lineItem) {

    /** The {@code lineItem} of an ltiResourceLink content item (Deep Linking 2.0). */
    record LineItemRequest(String label, double scoreMaximum, String resourceId, String tag) {
    }
}
