package dev.deliberate.course;

import java.util.List;

/**
 * Whose data an export or an erasure covers, by the ids every module keeps.
 *
 * @param membershipIds members whose own rows are meant: their practice, learner model, scores,
 *                      the marks and moves a teacher made about them
 * @param linkIds       assignments (resource links) whose shared rows are meant too: group names,
 *                      scores and focus of the whole assignment; empty when only members are meant
 * @param contextIds    courses whose course-wide rows are meant too (model token accounting);
 *                      empty when only members are meant
 */
public record DataScope(List<Long> membershipIds, List<Long> linkIds, List<Long> contextIds) {

    public DataScope {
        membershipIds = List.copyOf(membershipIds);
        linkIds = List.copyOf(linkIds);
        contextIds = List.copyOf(contextIds);
    }

    /** Only these members' own rows, in whatever course. */
    public static DataScope members(List<Long> membershipIds) {
        return new DataScope(membershipIds, List.of(), List.of());
    }
}
