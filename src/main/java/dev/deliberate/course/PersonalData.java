package dev.deliberate.course;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.shared.TransactionManagers;

/**
 * Everything the application keeps of one person or one course, exported as one document or
 * deleted in one transaction (all of it, or nothing): the course module's own rows, and each
 * module's part through {@link MemberData}. Deleted members' and courses' open pages end.
 */
@Component
class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final CourseRows rows;
    private final List<MemberData> parts;
    private final ContextPlatforms platforms;
    private final LiveMemberships live;
    private final Clock clock;

    PersonalData(CourseRows rows, List<MemberData> parts, ContextPlatforms platforms, LiveMemberships live, Clock clock) {
        this.rows = rows;
        this.parts = parts.stream().sorted(Comparator.comparing(MemberData::part)).toList();
        this.platforms = platforms;
        this.live = live;
        this.clock = clock;
    }

    @Transactional(transactionManager = TransactionManagers.JDBC, readOnly = true)
    public Optional<Map<String, Object>> exportPerson(long personId) {
        if (!rows.personExists(personId)) {
            return Optional.empty();
        }
        return Optional.of(document("person", personId, rows.exportPerson(personId), DataScope.members(rows.membershipsOf(personId))));
    }

    @Transactional(transactionManager = TransactionManagers.JDBC, readOnly = true)
    public Optional<Map<String, Object>> exportCourse(long contextId) {
        if (!rows.courseExists(contextId)) {
            return Optional.empty();
        }
        return Optional.of(document("course", contextId, rows.exportCourse(contextId), courseScope(contextId)));
    }

    /** Deletes a person everywhere: every membership, everything kept of each, and the person. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public Optional<Map<String, Integer>> deletePerson(long personId) {
        if (!rows.personExists(personId)) {
            return Optional.empty();
        }
        List<Long> memberships = rows.membershipsOf(personId);
        Map<String, Integer> deleted = erase(DataScope.members(memberships));
        deleted.putAll(rows.deletePerson(personId));
        live.forget(memberships);
        log.info("Personal data deleted person={} memberships={} rows={}", personId, memberships.size(), total(deleted));
        return Optional.of(deleted);
    }

    /** Deletes a person's membership of one course and everything kept of it; the person too if left in no course. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public Optional<Map<String, Integer>> deleteMember(long contextId, long personId) {
        if (!rows.courseExists(contextId) || !rows.personExists(personId)) {
            return Optional.empty();
        }
        List<Long> memberships = rows.membership(contextId, personId).stream().toList();
        Map<String, Integer> deleted = erase(DataScope.members(memberships));
        deleted.putAll(rows.deleteMemberships(memberships));
        live.forget(memberships);
        log.info("Personal data deleted person={} course={} rows={}", personId, contextId, total(deleted));
        return Optional.of(deleted);
    }

    /** Deletes a course with its links, assignments, members and everything kept of them; people left in no course too. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public Optional<Map<String, Integer>> deleteCourse(long contextId) {
        if (!rows.courseExists(contextId)) {
            return Optional.empty();
        }
        DataScope scope = courseScope(contextId);
        Map<String, Integer> deleted = erase(scope);
        deleted.putAll(rows.deleteCourse(contextId));
        platforms.forget(List.of(contextId));
        live.forget(scope.membershipIds());
        log.info("Course data deleted course={} memberships={} rows={}", contextId, scope.membershipIds().size(), total(deleted));
        return Optional.of(deleted);
    }

    private DataScope courseScope(long contextId) {
        return new DataScope(rows.membershipsIn(contextId), rows.linksOf(contextId), List.of(contextId));
    }

    private Map<String, Object> document(String kind, long id, Map<String, List<Map<String, Object>>> own, DataScope scope) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(kind, id);
        document.put("exportedAt", clock.instant().toString());
        document.put("course", own);
        parts.forEach(part -> document.put(part.part(), new TreeMap<>(part.export(scope))));
        return document;
    }

    private Map<String, Integer> erase(DataScope scope) {
        Map<String, Integer> deleted = new TreeMap<>();
        parts.forEach(part -> part.erase(scope).forEach((table, count) -> deleted.merge(table, count, Integer::sum)));
        return deleted;
    }

    private static int total(Map<String, Integer> deleted) {
        return deleted.values().stream().mapToInt(Integer::intValue).sum();
    }
}
