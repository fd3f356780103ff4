package dev.deliberate.practice;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

import dev.deliberate.course.CourseSession;

/**
 * The student's home as a launch's answer ({@link CourseSession#STUDENT_LANDING}): rendered in the
 * launch's own request once the launch is recorded, the way {@code GET /student} renders it, with a
 * practice permit. A forward would run the request through the servlet filters and the dispatcher
 * a second time, a tenth of a launch's CPU (JFR, ToolLaunchBenchmark).
 */
@Component(CourseSession.STUDENT_LANDING)
class StudentLanding implements View {

    private final StudentPracticeController home;
    private final PracticeAdmission admission;

    StudentLanding(StudentPracticeController home, PracticeAdmission admission) {
        this.home = home;
        this.admission = admission;
    }

    @Override
    public String getContentType() {
        return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        CourseSession session = (CourseSession) request.getAttribute(CourseSession.ATTRIBUTE);
        Locale locale = RequestContextUtils.getLocale(request);
        admission.admitted(() -> home.home(session, locale).getView().render(model, request, response));
    }
}
