package dev.deliberate.course;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The pages shown when a request has no session, or a session of the wrong role. */
@Controller
class SessionPages {

    @RequestMapping("/session/ended")
    String ended(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "course/session-ended";
    }

    @RequestMapping("/session/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "course/session-forbidden";
    }
}
