package dev.deliberate.course;

import java.util.List;

/**
 * The courses of a platform registration were deleted with their people, inside a transaction that
 * is still open. Published synchronously: a module that keeps anything of these courses, links or
 * members deletes it in a plain {@code @EventListener}, in the same transaction, so that the whole
 * deletion commits or none of it does.
 *
 * @param registrationId the platform registration whose data goes
 * @param contextIds     its courses
 * @param linkIds        their resource links (assignments)
 * @param membershipIds  every membership of its people in them
 */
public record CoursesDeleted(long registrationId, List<Long> contextIds, List<Long> linkIds, List<Long> membershipIds) {

    public CoursesDeleted {
        contextIds = List.copyOf(contextIds);
        linkIds = List.copyOf(linkIds);
        membershipIds = List.copyOf(membershipIds);
    }

    /** Every member, link and course that went, as an erasure's scope. */
    public DataScope scope() {
        return new DataScope(membershipIds, linkIds, contextIds);
    }
}
