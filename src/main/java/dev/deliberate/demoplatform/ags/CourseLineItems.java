package dev.deliberate.demoplatform.ags;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.api.ServiceError;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.demoplatform.token.ServiceGrant;

/** Finds what an AGS call names — the course, a line item of the calling tool — or answers 404. */
@Component
@Profile("demo")
class CourseLineItems {

    private final LineItems lineItems;
    private final DemoLinks links;

    CourseLineItems(LineItems lineItems, DemoLinks links) {
        this.lineItems = lineItems;
        this.links = links;
    }

    static void course(String courseId) {
        if (!DemoCourse.exists(courseId)) {
            throw ServiceError.notFound("there is no course " + courseId);
        }
    }

    /** The calling client's line item; another client's is as absent as one that does not exist. */
    LineItem find(String courseId, String id, ServiceGrant grant) {
        course(courseId);
        try {
            return lineItems.find(courseId, grant.clientId(), Long.parseLong(id))
                    .orElseThrow(() -> ServiceError.notFound("there is no line item " + id + " of this tool in " + courseId));
        }
        catch (NumberFormatException e) {
            throw ServiceError.notFound("there is no line item " + id);
        }
    }

    /** A new line item may name only a link of the same course that launches the same tool. */
    void checkResourceLink(LineItem draft, ServiceGrant grant) {
        if (draft.resourceLinkId() == null) {
            return;
        }
        boolean ours = links.find(draft.resourceLinkId())
                .filter(l -> l.courseId().equals(draft.courseId()) && l.clientId().equals(grant.clientId())).isPresent();
        if (!ours) {
            throw new JsonFields.Invalid("resourceLinkId " + draft.resourceLinkId() + " is not a link of this tool in "
                    + draft.courseId());
        }
    }
}
