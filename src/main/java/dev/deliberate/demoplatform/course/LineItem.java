package dev.deliberate.demoplatform.course;

import java.time.Instant;

/**
 * A gradebook column (LTI AGS line item) of a course, owned by the tool client that created it.
 *
 * @param id             null until stored
 * @param resourceLinkId the link this column belongs to, or null
 */
public record LineItem(Long id, String courseId, String clientId, String label, double scoreMaximum, String resourceId,
        String resourceLinkId, String tag, Instant startDateTime, Instant endDateTime) {

    public LineItem withId(long newId) {
        return new LineItem(newId, courseId, clientId, label, scoreMaximum, resourceId, resourceLinkId, tag, startDateTime,
                endDateTime);
    }
}
