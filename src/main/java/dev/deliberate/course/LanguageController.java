package dev.deliberate.course;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The language switch in every page's header: the person's choice is kept (their next launch opens
 * in it too) and the page they were on comes back in it at once. A plain form post carrying the
 * session token, so it works in an LMS frame without cookies or scripts.
 */
@Controller
class LanguageController {

    /** The languages the tool's pages are written in. */
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private final CourseRecords records;
    private final SessionTokens tokens;
    private final SessionWeb sessions;

    LanguageController(CourseRecords records, SessionTokens tokens, SessionWeb sessions) {
        this.records = records;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @PostMapping("/language")
    String choose(CourseSession session, @RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        if (!LANGUAGES.contains(lang)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no language " + lang);
        }
        records.chooseLocale(session.personId(), lang);
        sessions.attach(tokens.inLocale(session, lang), request, response);
        return "forward:" + (session.isTeacher() ? CourseLaunchHandler.TEACHER_HOME : CourseLaunchHandler.STUDENT_HOME);
    }
}
