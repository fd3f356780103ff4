package dev.deliberate.lti.deeplinking;

import java.time.Instant;

/**
 * A Deep Linking request waiting for the teacher's choice.
 *
 * @param returnUrl where the platform expects the response (form_post of {@code JWT})
 * @param data      the platform's opaque value, echoed in the response
 */
public record PendingDeepLink(String id, long platformId, String deploymentId, String lmsContextId, String returnUrl, String data,
        boolean acceptMultiple, String title, Instant expiresAt, Instant usedAt) {

    public boolean answerable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
