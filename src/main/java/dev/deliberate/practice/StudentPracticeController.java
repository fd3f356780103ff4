package dev.deliberate.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.course.SessionWeb;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.shared.web.AssetUrls;

/**
 * The student's practice inside the LMS iframe. The home renders the whole page (POST is how the
 * launch forwards here); every action answers with the practice region alone when htmx asks
 * ({@code HX-Request}), the whole page otherwise. The session says whose practice and which
 * assignment; nothing in a request can name another.
 */
@Controller
class StudentPracticeController {

    private static final Logger log = LoggerFactory.getLogger(StudentPracticeController.class);
    static final int MAX_WORK_LINES = 30;

    private final PracticeLoop loop;
    private final PracticePage page;
    private final PracticeRegion region;
    private final Courses courses;
    private final AssetUrls assets;
    /** {@code deliberate.feedback}: from an answer's arrival to its feedback ready to render (check, learner model, next problem). */
    private final Timer feedback;

    StudentPracticeController(PracticeLoop loop, PracticePage page, PracticeRegion region, Courses courses, AssetUrls assets,
            MeterRegistry meters) {
        this.assets = assets;
        this.loop = loop;
        this.page = page;
        this.region = region;
        this.courses = courses;
        this.feedback = Timer.builder("deliberate.feedback").description("An answer checked and its feedback ready")
                .publishPercentileHistogram().register(meters);
    }

    @RequestMapping(path = "/student", method = { RequestMethod.GET, RequestMethod.POST })
    ModelAndView home(CourseSession session, Locale locale) {
        return show(() -> loop.open(session), session, locale, false, null);
    }

    @PostMapping("/student/attempts")
    ModelAndView attempt(CourseSession session, @RequestParam long itemId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String work, @RequestParam(required = false) Integer elapsed,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
            HttpServletResponse response) {
        Optional<Response> typed = typed(answer, work);
        if (typed.isEmpty()) {
            return tooLong(session, locale, htmx != null, response);
        }
        Integer took = elapsed == null || elapsed < 0 ? null : Math.min(elapsed, 24 * 3600 * 1000);
        return feedback.record(() -> {
            // a model's help is waited for first, outside the attempt's transaction and without this request's permit
            PracticeAdmission.whileWaiting(() -> {
                loop.awaitHelp(session, itemId, typed.get());
                return null;
            });
            return show(() -> loop.submit(session, itemId, typed.get(), took), session, locale, htmx != null, response);
        });
    }

    @PostMapping("/student/hints")
    ModelAndView hint(CourseSession session, @RequestParam long itemId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String work, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale, HttpServletResponse response) {
        Optional<Response> typed = typed(answer, work);
        if (typed.isEmpty()) {
            return tooLong(session, locale, htmx != null, response);
        }
        return show(() -> loop.hint(session, itemId, typed.get()), session, locale, htmx != null, response);
    }

    @PostMapping("/student/moves")
    ModelAndView moveOn(CourseSession session, @RequestParam long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
            HttpServletResponse response) {
        return show(() -> loop.moveOn(session, itemId), session, locale, htmx != null, response);
    }

    @PostMapping("/student/reflections")
    ModelAndView reflect(CourseSession session, @RequestParam(defaultValue = "") String reflection,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
            HttpServletResponse response) {
        return show(() -> loop.reflect(session, reflection), session, locale, htmx != null, response);
    }

    @PostMapping("/student/interests")
    ModelAndView interests(CourseSession session, @RequestParam(name = "interest", required = false) List<String> chosen,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
            HttpServletResponse response) {
        Set<String> interests = chosen == null ? Set.of() : Set.copyOf(chosen);
        return show(() -> loop.chooseInterests(session, interests), session, locale, htmx != null, response);
    }

    /** The typed answer and work, or empty when either is longer than the practice form allows. */
    private static Optional<Response> typed(String answer, String work) {
        List<String> lines = work.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (answer.length() > Attempts.MAX_ANSWER || work.length() > Attempts.MAX_WORK || lines.size() > MAX_WORK_LINES) {
            return Optional.empty();
        }
        return Optional.of(new Response(answer.strip(), lines));
    }

    private ModelAndView tooLong(CourseSession session, Locale locale, boolean fragment, HttpServletResponse response) {
        response.setStatus(422);
        return show(() -> loop.open(session).withNotice("practice.notice.too-long"), session, locale, fragment, response);
    }

    private ModelAndView show(Supplier<LoopState> step, CourseSession session, Locale locale, boolean fragment,
            HttpServletResponse response) {
        LoopState state;
        try {
            state = step.get();
        }
        catch (OptimisticLockingFailureException twoWindows) {
            log.info("Practice step refused reason=SESSION_CHANGED membership={}", session.membershipId());
            if (response != null) {
                response.setStatus(409);
            }
            state = loop.open(session).withNotice("practice.notice.other-window");
        }
        String practice = region.render(page.view(state, locale), locale);
        if (fragment) {
            return new ModelAndView(new HtmlRegion(practice));
        }
        Courses.CourseOverview overview = courses.overview(session);
        return new ModelAndView(new HtmlRegion(region.home(new StudentHome(locale.getLanguage(), sessionToken(), overview.courseTitle(),
                overview.assignmentTitle(), overview.personName(), practice, assets), locale)));
    }

    /** The token every form of the page sends back, as the session filter or the launch left it on the request. */
    private static String sessionToken() {
        Object token = RequestContextHolder.currentRequestAttributes().getAttribute(SessionWeb.TOKEN_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        return token == null ? "" : token.toString();
    }
}
