package dev.deliberate.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Receives a launch after every protocol check passed, inside the transaction that consumes the
 * login state: if it fails, nothing of the launch is kept. The application implements it once.
 */
public interface LaunchHandler {

    /**
     * Records the launch and answers the view that renders the user's landing page after the
     * transaction: a view's name (the student's home) or a {@code forward:} (the teacher's home).
     */
    String onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response);
}
