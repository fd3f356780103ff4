package dev.deliberate.teacher;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.course.CourseSession;
import dev.deliberate.mastery.MasteryHistory;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.PracticeCatalog;

/** The drill-down's mastery chart as JSON, for {@code static/js/mastery-chart.js} to draw. */
@RestController
class MasteryChartController {

    private final Students students;
    private final ClassView classView;
    private final ClassActivity activity;
    private final MasteryHistory history;
    private final PracticeCatalog catalog;

    MasteryChartController(Students students, ClassView classView, ClassActivity activity, MasteryHistory history,
            PracticeCatalog catalog) {
        this.students = students;
        this.classView = classView;
        this.activity = activity;
        this.history = history;
        this.catalog = catalog;
    }

    @GetMapping(path = "/teacher/students/{membershipId}/mastery.json", produces = MediaType.APPLICATION_JSON_VALUE)
    MasteryChart chart(CourseSession session, @PathVariable long membershipId, Locale locale) {
        students.require(session, membershipId);
        AssignmentOutline outline = activity.outline(session);
        return MasteryChart.of(history.of(membershipId), outline, catalog.skillsOf(outline.subject()), classView.texts(session, locale));
    }
}
