package dev.deliberate.demoplatform.nrps;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.demoplatform.course.MemberStatus;
import dev.deliberate.demoplatform.course.MemberStatuses;

/** The course's members as NRPS 2.0 writes them, with their current status. */
@Component
@Profile("demo")
class Roster {

    private static final String ROLE_PREFIX = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private final MemberStatuses statuses;

    Roster(MemberStatuses statuses) {
        this.statuses = statuses;
    }

    /** One page of members with the role (full URI or simple name), changed after {@code since} if given. */
    List<Map<String, Object>> members(String courseId, String role, Instant since, int offset, int limit) {
        Map<String, MemberStatuses.Change> changes = statuses.changes(courseId);
        return DemoCourse.members().stream()
                .filter(p -> role == null || hasRole(p, role))
                .filter(p -> since == null || changedAfter(changes.get(p.id()), since))
                .skip(offset).limit(limit)
                .map(p -> json(p, changes.containsKey(p.id()) ? changes.get(p.id()).status() : MemberStatus.Active))
                .toList();
    }

    // NRPS 2.0, role filter: role is a full URI or the simple name of a context role
    private static boolean hasRole(DemoPerson person, String role) {
        String full = role.contains(":") ? role : ROLE_PREFIX + role;
        return person.roles().contains(full);
    }

    private static boolean changedAfter(MemberStatuses.Change change, Instant since) {
        return change != null && change.changedAt().isAfter(since);
    }

    private static Map<String, Object> json(DemoPerson person, MemberStatus status) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", status.name());
        member.put("name", person.name());
        member.put("given_name", person.givenName());
        member.put("family_name", person.familyName());
        member.put("email", person.email());
        member.put("user_id", person.id());
        member.put("roles", person.roles());
        return member;
    }
}
