package dev.deliberate.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.shared.DbTime;

/**
 * Records what a launch tells about people, courses, assignments and memberships. People and courses
 * belong to the registration (issuer, client_id) they came through, never to the issuer alone: a
 * platform reinstalled at the same address and registered again starts without the old one's people
 * and progress, even where it reuses their {@code sub}, deployment and context ids. Each write is an
 * insert-or-update that tolerates a concurrent launch inserting the same row first (thirty students
 * opening a new assignment at once), and rows are only rewritten when something changed.
 */
@Component
class CourseRecords {

    private final JdbcClient jdbc;

    CourseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The LMS's locale for the person, as their latest launch gave it. */
    Optional<String> lmsLocale(long personId) {
        return jdbc.sql("SELECT locale FROM course_person WHERE id = ?").param(personId)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(locale -> locale);
    }

    /** Remembers the language the person chose; null goes back to the LMS's. */
    void chooseLocale(long personId, String locale) {
        jdbc.sql("UPDATE course_person SET chosen_locale = ? WHERE id = ?").params(locale, personId).update();
    }

    /** A launch's person, and the language they chose in the tool if they did (read in the same statement). */
    record LaunchedPerson(long id, Optional<String> chosenLocale) {
    }

    /** The launch's person, created or updated from what {@link #known} read. */
    LaunchedPerson person(Known known, LtiLaunch launch, String locale, Instant now) {
        long platformId = launch.platform().id();
        LtiLaunch.Person p = launch.person();
        String[] chosen = { known.chosenLocale() };
        long id = upsert(known::person,
                () -> jdbc.sql("SELECT id, name, given_name, family_name, email, locale, chosen_locale FROM course_person WHERE platform_id = ? AND subject = ?")
                        .params(platformId, launch.subject())
                        .query((rs, i) -> {
                            chosen[0] = rs.getString(7);
                            return new Existing(rs.getLong(1), Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6)));
                        }).optional(),
                Arrays.asList(cut(p.name()), cut(p.givenName()), cut(p.familyName()), cut(p.email()), locale),
                row -> jdbc.sql("UPDATE course_person SET name = ?, given_name = ?, family_name = ?, email = ?, locale = ?, updated_at = ? WHERE id = ?")
                        .params(cut(p.name()), cut(p.givenName()), cut(p.familyName()), cut(p.email()), locale, DbTime.of(now), row).update(),
                keys -> jdbc.sql("INSERT INTO course_person (platform_id, issuer, subject, name, given_name, family_name, email, locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(platformId, launch.platform().issuer(), launch.subject(), cut(p.name()), cut(p.givenName()),
                                cut(p.familyName()), cut(p.email()), locale, DbTime.of(now), DbTime.of(now)).update(keys, "id"));
        return new LaunchedPerson(id, Optional.ofNullable(chosen[0]));
    }

    /** A person from the roster: created when new; names refreshed; their language (known from launches only) kept. */
    long rosterPerson(long platformId, String issuer, String subject, LtiLaunch.Person p, Instant now) {
        Supplier<Optional<Existing>> find = () -> jdbc.sql("SELECT id, name, given_name, family_name, email FROM course_person WHERE platform_id = ? AND subject = ?")
                .params(platformId, subject)
                .query((rs, i) -> new Existing(rs.getLong(1), Arrays.asList(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))).optional();
        return upsert(find, find,
                Arrays.asList(cut(p.name()), cut(p.givenName()), cut(p.familyName()), cut(p.email())),
                id -> jdbc.sql("UPDATE course_person SET name = ?, given_name = ?, family_name = ?, email = ?, updated_at = ? WHERE id = ?")
                        .params(cut(p.name()), cut(p.givenName()), cut(p.familyName()), cut(p.email()), DbTime.of(now), id).update(),
                keys -> jdbc.sql("INSERT INTO course_person (platform_id, issuer, subject, name, given_name, family_name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(platformId, issuer, subject, cut(p.name()), cut(p.givenName()), cut(p.familyName()), cut(p.email()),
                                DbTime.of(now), DbTime.of(now)).update(keys, "id"));
    }

    /**
     * What the records already hold for a launch's person, course, link and membership, read in one
     * statement: a returning learner's launch then only writes what changed.
     */
    Known known(LtiLaunch launch) {
        String linkId = launch.resourceLink() == null ? null : launch.resourceLink().id();
        String lineItem = launch.services().lineItem();
        return jdbc.sql("""
                SELECT p.id, p.name, p.given_name, p.family_name, p.email, p.locale, p.chosen_locale,
                       c.id, c.title, c.label, c.memberships_url, c.lineitems_url, c.platform_family,
                       l.id, l.title, l.lineitem_url, m.id
                FROM (SELECT 1 AS one) known
                LEFT JOIN course_person p ON p.platform_id = ? AND p.subject = ?
                LEFT JOIN course_context c ON c.platform_id = ? AND c.deployment_id = ? AND c.lms_context_id = ?
                LEFT JOIN course_resource_link l ON l.context_id = c.id AND l.lms_link_id = ?
                LEFT JOIN course_membership m ON m.context_id = c.id AND m.person_id = p.id""")
                .params(launch.platform().id(), launch.subject(), launch.platform().id(), launch.deploymentId(), launch.context().id(),
                        linkId)
                .query((rs, i) -> new Known(
                        row(rs, 1, Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))),
                        rs.getString(7),
                        row(rs, 8, Arrays.asList(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))),
                        row(rs, 14, Arrays.asList(rs.getString(15), lineItem == null ? null : rs.getString(16))),
                        rs.getObject(17) == null ? Optional.empty() : Optional.of(rs.getLong(17))))
                .single();
    }

    /** The rows a launch found, each empty where the launch is the first of its kind. */
    record Known(Optional<Existing> person, String chosenLocale, Optional<Existing> context, Optional<Existing> link,
            Optional<Long> membership) {
    }

    /** The launch's course, created or updated from what {@link #known} read. */
    long context(Known known, LtiLaunch launch, Instant now) {
        LtiLaunch.Context c = launch.context();
        String issuer = launch.platform().issuer();
        String memberships = launch.services().membershipsUrl();
        String lineItems = launch.services().lineItems();
        return upsert(known::context, () -> jdbc.sql("SELECT id, title, label, memberships_url, lineitems_url, platform_family FROM course_context WHERE platform_id = ? AND deployment_id = ? AND lms_context_id = ?")
                .params(launch.platform().id(), launch.deploymentId(), launch.context().id())
                .query((rs, i) -> new Existing(rs.getLong(1), Arrays.asList(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))).optional(),
                Arrays.asList(cut(c.title()), cut(c.label()), memberships, lineItems, family(launch)),
                id -> jdbc.sql("UPDATE course_context SET title = ?, label = ?, memberships_url = ?, lineitems_url = ?, platform_family = ?, updated_at = ? WHERE id = ?")
                        .params(cut(c.title()), cut(c.label()), memberships, lineItems, family(launch), DbTime.of(now), id).update(),
                keys -> jdbc.sql("INSERT INTO course_context (platform_id, issuer, deployment_id, lms_context_id, title, label, memberships_url, lineitems_url, platform_family, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(launch.platform().id(), issuer, launch.deploymentId(), c.id(), cut(c.title()), cut(c.label()),
                                memberships, lineItems, family(launch), DbTime.of(now), DbTime.of(now)).update(keys, "id"));
    }

    /**
     * The resource link. A launch without a {@code lineitem} claim keeps the line item known from an
     * earlier launch or found or created by the tool: forgetting it would make the tool look for it
     * (or create another) again. A launch naming another line item forgets the old one's maximum.
     */
    long link(Known known, long contextId, LtiLaunch.ResourceLink link, String lineItem, Instant now) {
        return upsert(known::link, () -> jdbc.sql("SELECT id, title, lineitem_url FROM course_resource_link WHERE context_id = ? AND lms_link_id = ?")
                .params(contextId, link.id())
                .query((rs, i) -> new Existing(rs.getLong(1), Arrays.asList(rs.getString(2),
                        lineItem == null ? null : rs.getString(3)))).optional(),
                Arrays.asList(cut(link.title()), lineItem),
                // the maximum is assigned first, so it compares with the old URL (MySQL applies SET left to right)
                id -> jdbc.sql("""
                        UPDATE course_resource_link SET title = ?,
                            lineitem_maximum = CASE WHEN lineitem_url = COALESCE(?, lineitem_url) THEN lineitem_maximum END,
                            lineitem_url = COALESCE(?, lineitem_url), updated_at = ? WHERE id = ?""")
                        .params(cut(link.title()), lineItem, lineItem, DbTime.of(now), id).update(),
                keys -> jdbc.sql("INSERT INTO course_resource_link (context_id, lms_link_id, title, lineitem_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(contextId, link.id(), cut(link.title()), lineItem, DbTime.of(now), DbTime.of(now)).update(keys, "id"));
    }

    /**
     * Binds an assignment chosen through Deep Linking to the link on its first launch; only an
     * assignment created for the same platform, and only once.
     */
    void bindAssignment(long linkId, long assignmentId, long platformId) {
        jdbc.sql("""
                UPDATE course_resource_link SET assignment_id = ?
                WHERE id = ? AND assignment_id IS NULL
                  AND EXISTS (SELECT 1 FROM course_assignment a WHERE a.id = ? AND a.platform_id = ?)""")
                .params(assignmentId, linkId, assignmentId, platformId).update();
    }

    /** A member the roster lists: created without a launch (not started yet), or given the roster's role and status. */
    void rosterMembership(long contextId, long personId, CourseRole role, String status) {
        int updated = jdbc.sql("UPDATE course_membership SET roster_status = ?, role = CASE WHEN first_launch_at IS NULL THEN ? ELSE role END "
                + "WHERE context_id = ? AND person_id = ?").params(status, role.name(), contextId, personId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO course_membership (context_id, person_id, role, roster_status, launch_count) VALUES (?, ?, ?, ?, 0)")
                        .params(contextId, personId, role.name(), status).update();
            }
            catch (DuplicateKeyException launchedMeanwhile) {
                rosterMembership(contextId, personId, role, status);
            }
        }
    }

    /**
     * The launch's membership, created or updated with its role and time. The id {@link #known} read
     * stands only for the course and person it joined (a course or person inserted since has none).
     */
    long membership(Known known, long contextId, long personId, CourseRole role, String lmsRoles, Instant now) {
        boolean sameRows = known.context().map(Existing::id).orElse(-1L) == contextId
                && known.person().map(Existing::id).orElse(-1L) == personId;
        Optional<Long> existing = sameRows ? known.membership() : membershipId(contextId, personId);
        if (existing.isPresent()) {
            touch(existing.get(), role, lmsRoles, now);
            return existing.get();
        }
        try {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO course_membership (context_id, person_id, role, lms_roles, first_launch_at, last_launch_at, launch_count) VALUES (?, ?, ?, ?, ?, ?, 1)")
                    .params(contextId, personId, role.name(), lmsRoles, DbTime.of(now), DbTime.of(now)).update(keys, "id");
            return keys.getKey().longValue();
        }
        catch (DuplicateKeyException concurrentLaunch) {
            long id = membershipId(contextId, personId).orElseThrow();
            touch(id, role, lmsRoles, now);
            return id;
        }
    }

    private Optional<Long> membershipId(long contextId, long personId) {
        return jdbc.sql("SELECT id FROM course_membership WHERE context_id = ? AND person_id = ?")
                .params(contextId, personId).query(Long.class).optional();
    }

    private void touch(long id, CourseRole role, String lmsRoles, Instant now) {
        jdbc.sql("UPDATE course_membership SET role = ?, lms_roles = ?, last_launch_at = ?, launch_count = launch_count + 1,"
                + " first_launch_at = COALESCE(first_launch_at, ?) WHERE id = ?")
                .params(role.name(), lmsRoles, DbTime.of(now), DbTime.of(now), id).update();
    }

    /**
     * Inserts the row when {@code first} found none (re-reading it with {@code find} when a concurrent
     * launch inserted it first), or rewrites it when what the launch says differs from what it holds.
     */
    private long upsert(Supplier<Optional<Existing>> first, Supplier<Optional<Existing>> find, List<Object> wanted,
            LongConsumer update, Consumer<GeneratedKeyHolder> insert) {
        Optional<Existing> existing = first.get();
        if (existing.isEmpty()) {
            try {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                insert.accept(keys);
                return keys.getKey().longValue();
            }
            catch (DuplicateKeyException concurrentLaunch) {
                existing = find.get();
            }
        }
        Existing row = existing.orElseThrow();
        if (!row.fields().equals(wanted)) {
            update.accept(row.id());
        }
        return row.id();
    }

    private static Optional<Existing> row(ResultSet rs, int idColumn, List<Object> fields) throws SQLException {
        long id = rs.getLong(idColumn);
        return rs.wasNull() ? Optional.empty() : Optional.of(new Existing(id, fields));
    }

    private static String family(LtiLaunch launch) {
        String family = launch.platformFamily();
        return family == null || family.length() > 40 ? null : family;
    }

    static String cut(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }

    record Existing(long id, List<Object> fields) {
    }
}
