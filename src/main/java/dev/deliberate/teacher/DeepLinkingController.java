package dev.deliberate.teacher;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseAssignments;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.lti.deeplinking.ContentItem;
import dev.deliberate.lti.deeplinking.DeepLinkingRequestGone;
import dev.deliberate.lti.deeplinking.DeepLinkingRequests;
import dev.deliberate.lti.deeplinking.DeepLinkingResponses;
import dev.deliberate.lti.deeplinking.PendingDeepLink;
import dev.deliberate.practice.PracticeCatalog;
import dev.deliberate.shared.ToolUrls;

/**
 * Adding Deliberate to a course (Deep Linking): the teacher configures the practice assignment
 * (subject, among the registered practice subjects; skills, target mastery, minimum problems, contexts, reflection, LLM), the settings are stored,
 * and the answer goes back to the LMS as a signed {@code LtiDeepLinkingResponse} with one
 * {@code ltiResourceLink} and its line item.
 */
@Controller
class DeepLinkingController {

    private static final Logger log = LoggerFactory.getLogger(DeepLinkingController.class);

    private final DeepLinkingRequests requests;
    private final DeepLinkingResponses responses;
    private final CourseAssignments assignments;
    private final Courses courses;
    private final PracticeCatalog catalog;
    private final ToolUrls urls;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeepLinkingController(DeepLinkingRequests requests, DeepLinkingResponses responses, CourseAssignments assignments,
            Courses courses, PracticeCatalog catalog, ToolUrls urls, Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.requests = requests;
        this.responses = responses;
        this.assignments = assignments;
        this.courses = courses;
        this.catalog = catalog;
        this.urls = urls;
        this.clock = clock;
    }

    /** The configuration form, right after the Deep Linking launch (which forwards here). */
    @RequestMapping(path = "/teacher/deep-linking", method = { RequestMethod.GET, RequestMethod.POST })
    String form(CourseSession session, HttpServletRequest request, Model model, HttpServletResponse response) {
        Object id = request.getAttribute("deepLinkingRequest");
        String requestId = id == null ? request.getParameter("request") : id.toString();
        Optional<PendingDeepLink> pending = pending(session, requestId);
        if (pending.isEmpty()) {
            return gone(requestId, response);
        }
        String subject = catalog.defaultSubject();
        model.addAttribute("form", AssignmentForm.defaults(pending.get(), subject, catalog.offer(subject)));
        return page(model, pending.get(), List.of());
    }

    /** The teacher's choice: stored, then answered to the LMS. */
    @PostMapping("/teacher/deep-linking/choice")
    String choose(CourseSession session, @RequestParam("request") String requestId, AssignmentForm form, Model model,
            HttpServletResponse response) {
        Optional<PendingDeepLink> pending = pending(session, requestId);
        if (pending.isEmpty()) {
            return gone(requestId, response);
        }
        String subject = form.getSubject() == null ? catalog.defaultSubject() : form.getSubject();
        List<String> problems = catalog.offers(subject) ? form.problems(catalog.offer(subject))
                : List.of("teacher.dl.problem.subject");
        form.setSubject(catalog.offers(subject) ? subject : catalog.defaultSubject());
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("form", form);
            return page(model, pending.get(), problems);
        }
        AssignmentSettings settings = form.settings(subject, catalog.offer(subject));
        Courses.CoursePlacement placement = courses.placement(session);
        Answered answered;
        try {
            // the assignment is stored only if the request could still be answered, and the other way round
            // (the default, JPA, transaction manager: signing may load the tool keys through JPA)
            answered = transaction.execute(status -> {
                long id = assignments.create(placement.platformId(), placement.deploymentId(), placement.lmsContextId(), settings);
                Map<String, String> custom = Map.of(CourseAssignments.parameterName(),
                        assignments.parameterValue(id, placement.platformId()));
                return new Answered(id, responses.answer(requestId, List.of(new ContentItem(settings.title(), null,
                        urls.url("/lti/launch"), custom, 100, settings.title(), "deliberate-assignment-" + id, "deliberate-mastery"))));
            });
        }
        catch (DeepLinkingRequestGone answeredMeanwhile) {
            return gone(requestId, response);
        }
        log.info("Deep Linking answered assignment={} platform={} subject={} skills={}", answered.assignmentId(), placement.platformId(),
                subject, settings.skills().size());
        model.addAttribute("answer", answered.answer());
        return "teacher/deep-linking-return";
    }

    /** The request was answered already, has expired, or belongs to another course than the session's. */
    private static String gone(String requestId, HttpServletResponse response) {
        // only a prefix: the id is the key to an unanswered request
        String shown = requestId == null ? "none" : requestId.substring(0, Math.min(6, requestId.length())) + "…";
        log.warn("Deep Linking refused reason=DEEP_LINKING_REQUEST_GONE request={}", shown);
        response.setStatus(HttpServletResponse.SC_GONE);
        return "teacher/deep-linking-gone";
    }

    private String page(Model model, PendingDeepLink pending, List<String> problems) {
        model.addAttribute("request", pending.id());
        model.addAttribute("offers", catalog.offers());
        model.addAttribute("subjectLocked", false);
        model.addAttribute("problems", problems);
        return "teacher/deep-linking";
    }

    /** The request, if it is still answerable and belongs to the session's own course. */
    private Optional<PendingDeepLink> pending(CourseSession session, String id) {
        Courses.CoursePlacement placement = courses.placement(session);
        return requests.find(id).filter(p -> p.answerable(clock.instant()))
                .filter(p -> p.platformId() == placement.platformId() && p.deploymentId().equals(placement.deploymentId()))
                .filter(p -> p.lmsContextId() == null || p.lmsContextId().equals(placement.lmsContextId()));
    }

    /** The assignment stored and the response that tells the LMS about it. */
    private record Answered(long assignmentId, DeepLinkingResponses.Answer answer) {
    }
}
