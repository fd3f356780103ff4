package dev.deliberate.teacher;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.TeacherFocus;
import dev.deliberate.practice.PracticeFocus;

/**
 * Steering the class (issue #8): the teacher gives a group or one student a focus that practice
 * honours from their next problem, moves a student into another group, renames a group, and undoes
 * each. Every change is a POST (so it needs the session header); the class view answers with the
 * whole page, the student's page with its focus section. A request naming a student outside the
 * course is refused with 403 ({@link Students}); a group or skill that does not exist, a bad band or
 * an empty name with 400 and a message, never a partial change.
 */
@Controller
class SteeringController {

    private static final Logger log = LoggerFactory.getLogger(SteeringController.class);

    private final ClassView classView;
    private final ClassTable classTable;
    private final Students students;
    private final GroupOverrides overrides;
    private final PracticeFocus focus;
    private final Courses courses;
    private final StuckNow stuck;
    private final StudentSteering studentSteering;
    private final MessageSource messages;
    private final Clock clock;

    SteeringController(ClassView classView, ClassTable classTable, Students students, GroupOverrides overrides, PracticeFocus focus, Courses courses, StuckNow stuck,
            StudentSteering studentSteering, MessageSource messages, Clock clock) {
        this.classView = classView;
        this.classTable = classTable;
        this.students = students;
        this.overrides = overrides;
        this.focus = focus;
        this.courses = courses;
        this.stuck = stuck;
        this.studentSteering = studentSteering;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/teacher/class/groups/{key}/focus")
    String focusGroup(CourseSession session, @PathVariable String key, FocusForm form, Model model, Locale locale) {
        ClassReport report = classView.of(session, locale);
        ClassReport.Choice group = choice(report, key);
        TeacherFocus given = form.focus(offered(report));
        List<Long> ids = members(report, key);
        focus.set(session, ids, given, key, group.name());
        return home(session, model, locale, ids.isEmpty() ? "teacher.steer.nobodyInGroup" : "teacher.steer.focusSet");
    }

    @PostMapping("/teacher/class/groups/{key}/focus/clear")
    String clearGroup(CourseSession session, @PathVariable String key, Model model, Locale locale) {
        ClassReport report = classView.of(session, locale);
        choice(report, key);
        // everyone in the group now, and whoever was given this group's focus and has left it since
        List<Long> ids = new java.util.ArrayList<>(members(report, key));
        focus.of(session).values().stream().filter(g -> key.equals(g.groupKey())).forEach(g -> ids.add(g.membershipId()));
        focus.clear(session, ids);
        return home(session, model, locale, "teacher.steer.focusCleared");
    }

    @PostMapping("/teacher/class/groups/{key}/name")
    String rename(CourseSession session, @PathVariable String key, @RequestParam(defaultValue = "") String name, Model model,
            Locale locale) {
        choice(classView.of(session, locale), key);
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > GroupOverrides.MAX_NAME) {
            throw new SteeringRefused("BAD_NAME", "teacher.steer.error.name", GroupOverrides.MAX_NAME);
        }
        overrides.rename(session, key, stripped, clock.instant());
        return home(session, model, locale, "teacher.steer.renamed");
    }

    @PostMapping("/teacher/class/groups/{key}/name/reset")
    String restoreName(CourseSession session, @PathVariable String key, Model model, Locale locale) {
        choice(classView.of(session, locale), key);
        overrides.restoreName(session, key);
        return home(session, model, locale, "teacher.steer.nameRestored");
    }

    /** Moves the student into {@code group}; an empty group puts them back where the grouping computes. */
    @PostMapping("/teacher/class/students/{membershipId}/group")
    String move(CourseSession session, @PathVariable long membershipId, @RequestParam(defaultValue = "") String group, Model model,
            Locale locale) {
        students.require(session, membershipId);
        if (group.isBlank()) {
            overrides.unmove(session, membershipId);
            return home(session, model, locale, "teacher.steer.movedBack");
        }
        choice(classView.of(session, locale), group);
        overrides.move(session, membershipId, group, clock.instant());
        return home(session, model, locale, "teacher.steer.moved");
    }

    @PostMapping("/teacher/students/{membershipId}/focus")
    String focusStudent(CourseSession session, @PathVariable long membershipId, FocusForm form, Model model, Locale locale) {
        students.require(session, membershipId);
        TeacherFocus given = form.focus(Set.copyOf(focus.skills(session)));
        focus.set(session, List.of(membershipId), given, null, null);
        return studentSection(session, membershipId, model, locale, "teacher.steer.focusSet");
    }

    @PostMapping("/teacher/students/{membershipId}/focus/clear")
    String clearStudent(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        focus.clear(session, List.of(membershipId));
        return studentSection(session, membershipId, model, locale, "teacher.steer.focusCleared");
    }

    /** 400 with what was wrong: an error line that htmx puts in place, or problem JSON for anything else. */
    @ExceptionHandler(SteeringRefused.class)
    Object refused(SteeringRefused refused, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        log.info("Steering refused reason={} path={}", refused.reason(), request.getRequestURI());
        String message = messages.getMessage(refused.code(), refused.args(), locale);
        if (request.getHeader("HX-Request") == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setType(URI.create("https://deliberate.dev/problems/invalid-steering"));
            problem.setTitle(messages.getMessage("teacher.steer.error.title", null, locale));
            return ResponseEntity.badRequest().body(problem);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("HX-Retarget", "#steer-error");
        response.setHeader("HX-Reswap", "outerHTML");
        ModelAndView error = new ModelAndView("teacher/steering :: error");
        error.addObject("message", message);
        return error;
    }

    private static ClassReport.Choice choice(ClassReport report, String key) {
        return report.groupChoices().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new SteeringRefused("UNKNOWN_GROUP", "teacher.steer.error.group", key));
    }

    private static List<Long> members(ClassReport report, String key) {
        return report.groups().stream().filter(g -> g.key().equals(key)).findFirst().map(g -> g.students().stream()
                .map(ClassReport.Student::membershipId).toList()).orElse(List.of());
    }

    private static Set<String> offered(ClassReport report) {
        return report.focusSkills().stream().map(ClassReport.Choice::key).collect(Collectors.toSet());
    }

    private String home(CourseSession session, Model model, Locale locale, String notice) {
        model.addAttribute("overview", courses.overview(session));
        ClassReport report = classView.of(session, locale);
        model.addAttribute("report", report);
        model.addAttribute("classTable", classTable.render(report, null, locale));
        model.addAttribute("stuck", stuck.of(session, locale));
        model.addAttribute("lmsScores", null);
        model.addAttribute("notice", notice);
        return "teacher/home";
    }

    private String studentSection(CourseSession session, long membershipId, Model model, Locale locale, String notice) {
        model.addAttribute("steer", studentSteering.of(session, membershipId, locale));
        model.addAttribute("steerNotice", notice);
        return "teacher/steering :: student-focus";
    }
}
