package dev.deliberate.teacher;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.ClassMisconceptions;

/**
 * The class's most frequent misconceptions of the last 7 days, with how many students show each,
 * and for each a worked example on a fresh problem to project for a two-minute mini-lesson.
 */
@Controller
class ClassMisconceptionsController {

    static final Duration WEEK = Duration.ofDays(7);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private final ClassMisconceptions misconceptions;
    private final ClassActivity activity;
    private final ClassView classView;
    private final Courses courses;
    private final Clock clock;

    ClassMisconceptionsController(ClassMisconceptions misconceptions, ClassActivity activity, ClassView classView, Courses courses,
            Clock clock) {
        this.misconceptions = misconceptions;
        this.activity = activity;
        this.classView = classView;
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping("/teacher/class/misconceptions")
    String list(CourseSession session, Model model, Locale locale) {
        ClassTexts texts = classView.texts(session, locale);
        List<Row> rows = misconceptions.since(session, clock.instant().minus(WEEK)).stream()
                .map(f -> new Row(f.code(), texts.misconception(f.code()), f.skillId(), texts.skill(f.skillId()), f.students(), f.occurrences()))
                .toList();
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("rows", rows);
        return "teacher/misconceptions";
    }

    /** A fresh problem each time; {@code after} is the seed of the one shown before, which the new one differs from. */
    @GetMapping("/teacher/class/misconceptions/example")
    String example(CourseSession session, @RequestParam String code, @RequestParam String skill, @RequestParam(required = false) Long after,
            Model model, Locale locale) {
        if (!CODE.matcher(code).matches() || !activity.outline(session).reachable().contains(skill)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ClassTexts texts = classView.texts(session, locale);
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("code", code);
        model.addAttribute("skill", skill);
        model.addAttribute("name", texts.misconception(code));
        model.addAttribute("example", misconceptions.example(session, skill, code, after, locale));
        return "teacher/misconception-example";
    }

    /** A misconception of the week: who shows it, on which skill most. */
    record Row(String code, String name, String skillId, String skill, int students, int occurrences) {
    }
}
