package dev.deliberate.lti.services;

/**
 * A gradebook column (AGS line item).
 *
 * @param id             its URL, which is also where scores go (plus {@code /scores})
 * @param resourceLinkId the resource link it belongs to, or null
 * @param resourceId     the tool's own id for it, or null
 */
public record LineItem(String id, String label, double scoreMaximum, String resourceLinkId, String resourceId, String tag) {
}
