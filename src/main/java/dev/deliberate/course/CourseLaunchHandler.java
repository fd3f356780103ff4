package dev.deliberate.course;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.LaunchHandler;
import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;

/**
 * Turns a validated launch into the course's records (person, course, assignment, membership) and
 * a session, then forwards to the home of the member's role. Runs inside the launch transaction.
 */
@Component
class CourseLaunchHandler implements LaunchHandler {

    private static final Logger log = LoggerFactory.getLogger(CourseLaunchHandler.class);

    static final String TEACHER_HOME = "/teacher";
    static final String STUDENT_HOME = "/student";
    static final String DEEP_LINKING_PAGE = "/teacher/deep-linking";
    /** Request attribute carrying the Deep Linking request id to the page that answers it. */
    public static final String DEEP_LINKING_REQUEST = "deepLinkingRequest";
    /** The link id of a session opened by Deep Linking, which launches no link. */
    static final long NO_LINK = 0;
    private static final int MAX_ROLES_TEXT = 2048;
    /** The custom parameter a Deep Linking response puts on the links it creates. */
    public static final String ASSIGNMENT_PARAMETER = "deliberate_assignment";

    private final CourseRecords records;
    private final AssignmentReferences references;
    private final SessionTokens tokens;
    private final SessionWeb sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseLaunchHandler(CourseRecords records, AssignmentReferences references, SessionTokens tokens, SessionWeb sessions,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.references = references;
        this.tokens = tokens;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        CourseRole role = launch.role() == LtiRole.TEACHER ? CourseRole.TEACHER : CourseRole.STUDENT;
        String locale = cleanLocale(launch.locale());
        // one statement reads what a returning learner's launch finds; then only what changed is written
        CourseRecords.Known known = records.known(launch);
        CourseRecords.LaunchedPerson launched = records.person(known, launch, locale, now);
        long person = launched.id();
        long context = records.context(known, launch, now);
        long link = launch.isDeepLinking() ? NO_LINK
                : records.link(known, context, launch.resourceLink(), launch.services().lineItem(), now);
        String assignment = launch.custom().get(ASSIGNMENT_PARAMETER);
        if (link != NO_LINK && assignment != null) {
            bindAssignment(link, assignment, launch);
        }
        long membership = records.membership(known, context, person, role, rolesText(launch), now);
        String language = launched.chosenLocale().orElse(locale);
        sessions.attach(tokens.start(membership, person, context, link, role, language), request, response);
        Courses.launched(request, membership, link, overview(launch, link, role));
        if (role == CourseRole.TEACHER) {
            events.publishEvent(new TeacherLaunched(context));
        }
        if (launch.isDeepLinking()) {
            request.setAttribute(DEEP_LINKING_REQUEST, launch.deepLinking().requestId());
            return "forward:" + DEEP_LINKING_PAGE;
        }
        // a student's home is rendered in this request (no second dispatch through the filters); a teacher's is forwarded to
        return role == CourseRole.TEACHER ? "forward:" + TEACHER_HOME : CourseSession.STUDENT_LANDING;
    }

    /** Binds the assignment the link's custom parameter names, if this tool signed it for this platform. */
    private void bindAssignment(long link, String value, LtiLaunch launch) {
        AssignmentReferences.Reference reference = references.read(value, launch.platform().id());
        if (reference.refusal() != null) {
            // the link keeps the default settings; a hand-typed or foreign value is never a reason to refuse the launch
            log.warn("Assignment not bound reason={} iss={} context={} resource_link={}", reference.refusal(),
                    launch.platform().issuer(), launch.context().id(), launch.resourceLink().id());
            return;
        }
        records.bindAssignment(link, reference.assignmentId(), launch.platform().id());
    }

    /** The page header as the records now hold it (what {@link Courses#overview} would read back). */
    private static Courses.CourseOverview overview(LtiLaunch launch, long link, CourseRole role) {
        LtiLaunch.Person p = launch.person();
        return new Courses.CourseOverview(CourseRecords.cut(launch.context().title()), CourseRecords.cut(launch.context().label()),
                link == NO_LINK ? null : CourseRecords.cut(launch.resourceLink().title()),
                Courses.displayName(CourseRecords.cut(p.name()), CourseRecords.cut(p.givenName()), CourseRecords.cut(p.familyName())), role);
    }

    private static String rolesText(LtiLaunch launch) {
        String text = String.join(" ", launch.roles());
        return text.length() > MAX_ROLES_TEXT ? text.substring(0, MAX_ROLES_TEXT) : text;
    }

    /** A BCP 47 tag such as {@code es-MX}; anything else is dropped. */
    private static String cleanLocale(String locale) {
        if (locale == null) {
            return null;
        }
        String tag = locale.replace('_', '-').trim();
        return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}") ? tag : null;
    }
}
