package dev.deliberate.demoplatform.course;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo administrator's roster action: withdraw a student or enrol them again, so a tool's NRPS
 * sync sees a change through the differences URL.
 */
@Controller
@Profile("demo")
class RosterController {

    private final MemberStatuses statuses;

    RosterController(MemberStatuses statuses) {
        this.statuses = statuses;
    }

    @PostMapping("/demo/roster/{userId}")
    String change(@PathVariable String userId, @RequestParam MemberStatus status) {
        if (DemoCourse.person(userId).filter(p -> !p.teacher()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no student " + userId);
        }
        statuses.set(DemoCourse.CONTEXT_ID, userId, status);
        return "redirect:/demo/gradebook#student-" + userId;
    }
}
