package dev.deliberate.lti.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem documents for the admin API, also where no controller runs (security filters). */
public final class ProblemResponses {

    public static final String TYPE_BASE = "https://deliberate.dev/problems/";

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** Writes a small problem document by hand, for filters that run before Spring MVC. */
    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
