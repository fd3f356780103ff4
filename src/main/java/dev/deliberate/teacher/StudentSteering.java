package dev.deliberate.teacher;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.practice.PracticeFocus;

/** The focus section at the top of a student's page: the focus they have, and the skills one may name. */
@Component
class StudentSteering {

    private final ClassView classView;
    private final PracticeFocus focus;

    StudentSteering(ClassView classView, PracticeFocus focus) {
        this.classView = classView;
        this.focus = focus;
    }

    /** For a student of the session's course (the caller has checked it). */
    Panel of(CourseSession teacher, long membershipId, Locale locale) {
        ClassTexts texts = classView.texts(teacher, locale);
        List<ClassReport.Choice> skills = focus.skills(teacher).stream()
                .map(id -> new ClassReport.Choice(id, texts.skill(id), texts.shortSkill(id))).toList();
        return new Panel(membershipId, texts.focusOf(focus.of(teacher).get(membershipId), classView.groupNames(teacher, texts)), skills);
    }

    /**
     * @param focus  the student's focus in words, or null
     * @param skills the skills a focus may name
     */
    record Panel(long membershipId, String focus, List<ClassReport.Choice> skills) {
    }
}
