package dev.deliberate.demoplatform.course;

import java.time.Instant;
import java.util.Map;

/**
 * A link (assignment) of a course that launches one tool client.
 *
 * @param url        the target link URI a launch asks for; null to use the client's default
 * @param custom     custom parameters sent with every launch of this link
 * @param lineItemId the gradebook column the link reports to, or null when it is not graded
 */
public record DemoLink(String id, String courseId, String clientId, String title, String url, Map<String, String> custom,
        Long lineItemId, Instant createdAt) {

    public DemoLink {
        custom = Map.copyOf(custom);
    }
}
