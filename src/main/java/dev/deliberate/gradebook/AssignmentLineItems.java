package dev.deliberate.gradebook;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.deliberate.course.Courses;
import dev.deliberate.course.GradeTarget;
import dev.deliberate.lti.services.AssignmentGrades;
import dev.deliberate.lti.services.LineItem;
import dev.deliberate.lti.services.ServiceFailure;

/**
 * The line item (gradebook column) of an assignment: the launch's {@code lineitem} claim or the one
 * found or created before (its scoreMaximum read once), else the one in the course's container that
 * belongs to the link, else a new one. Finding or creating runs for one sender at a time per link,
 * across the sender threads of every node, under a claim with an expiry on the link: thirty scores
 * of a new assignment due at once would otherwise each find the container empty and each create a
 * column, and the assignment would be split over several.
 */
@Component
class AssignmentLineItems {

    static final String TAG = "deliberate-mastery";
    static final double DEFAULT_MAXIMUM = 100;

    private final Courses courses;
    private final AssignmentGrades grades;
    private final GradebookProperties properties;
    private final Clock clock;

    AssignmentLineItems(Courses courses, AssignmentGrades grades, GradebookProperties properties, Clock clock) {
        this.courses = courses;
        this.grades = grades;
        this.properties = properties;
        this.clock = clock;
    }

    /** The row's line item; empty while another sender is finding or creating it. */
    Optional<LineItem> of(GradeTarget target, SyncRow row) {
        if (target.lineItemUrl() != null) {
            return Optional.of(known(target, row.linkId()));
        }
        if (target.lineItemsUrl() == null) {
            throw new ServiceFailure(ServiceFailure.Kind.PERMANENT, 0, "the platform offers no grade service (AGS) for this course", null);
        }
        String holder = UUID.randomUUID().toString();
        Instant now = clock.instant();
        // the claim holds only while the link has no line item: winning it means no one recorded one meanwhile
        if (!courses.claimLineItem(row.linkId(), holder, now, now.plus(properties.lease()))) {
            return courses.gradeTarget(row.linkId(), row.membershipId()).filter(found -> found.lineItemUrl() != null)
                    .map(found -> known(found, row.linkId()));
        }
        try {
            return Optional.of(remember(row.linkId(), findOrCreate(target, row.linkId())));
        }
        finally {
            courses.releaseLineItem(row.linkId(), holder);
        }
    }

    private LineItem known(GradeTarget target, long linkId) {
        double maximum = target.lineItemMaximum() != null ? target.lineItemMaximum()
                : remember(linkId, grades.get(target.platformId(), target.lineItemUrl())).scoreMaximum();
        return new LineItem(target.lineItemUrl(), target.linkTitle(), maximum, target.resourceLinkId(), null, null);
    }

    private LineItem findOrCreate(GradeTarget target, long linkId) {
        String resourceId = "deliberate-link-" + linkId;
        return grades.find(target.platformId(), target.lineItemsUrl(), target.resourceLinkId(), resourceId)
                .orElseGet(() -> grades.create(target.platformId(), target.lineItemsUrl(), new LineItem(null,
                        target.linkTitle() == null ? "Deliberate practice" : target.linkTitle(), DEFAULT_MAXIMUM,
                        target.resourceLinkId(), resourceId, TAG)));
    }

    private LineItem remember(long linkId, LineItem item) {
        courses.recordLineItem(linkId, item.id(), maximum(item));
        return item;
    }

    /** The line item's scoreMaximum, or 100 when the platform gave none. */
    static double maximum(LineItem item) {
        return item.scoreMaximum() > 0 ? item.scoreMaximum() : DEFAULT_MAXIMUM;
    }
}
