package dev.deliberate.demoplatform.course;

/**
 * The AGS line item container's filters (LTI AGS 2.0); a null field does not filter.
 */
public record LineItemFilter(String resourceLinkId, String resourceId, String tag) {

    public static final LineItemFilter NONE = new LineItemFilter(null, null, null);
}
