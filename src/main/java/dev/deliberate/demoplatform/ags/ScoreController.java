package dev.deliberate.demoplatform.ags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.api.ServiceAccess;
import dev.deliberate.demoplatform.api.ServiceApi;
import dev.deliberate.demoplatform.api.ServiceError;
import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.gradebook.ScoreSubmission;
import dev.deliberate.demoplatform.gradebook.Scores;
import dev.deliberate.demoplatform.token.ServiceGrant;

/**
 * The AGS 2.0 score publish service: a tool publishes a learner's score on its line item.
 * Like Canvas, the platform answers 422 for someone who is not a learner of the course.
 */
@RestController
@ServiceApi
@Profile("demo")
class ScoreController {

    private static final Logger log = LoggerFactory.getLogger(ScoreController.class);

    private final ServiceAccess access;
    private final CourseLineItems courseLineItems;
    private final Scores scores;

    ScoreController(ServiceAccess access, CourseLineItems courseLineItems, Scores scores) {
        this.access = access;
        this.courseLineItems = courseLineItems;
        this.scores = scores;
    }

    @PostMapping(path = "/demo/api/courses/{courseId}/lineitems/{id}/scores",
            consumes = { AgsMediaTypes.SCORE_VALUE, MediaType.APPLICATION_JSON_VALUE })
    ResponseEntity<Void> post(@PathVariable String courseId, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        ServiceGrant grant = access.require(authorization, AdvantageScopes.SCORE);
        LineItem item = courseLineItems.find(courseId, id, grant);
        ScoreSubmission score = ScoreJson.read(JsonFields.of(body));
        boolean learner = DemoCourse.person(score.userId()).filter(p -> !p.teacher()).map(DemoPerson::id).isPresent();
        if (!learner) {
            throw ServiceError.unprocessable("user " + score.userId() + " is not a learner of " + courseId);
        }
        boolean applied = scores.submit(item.id(), score);
        log.info("Demo platform {} a score line_item={} user={} timestamp={}", applied ? "recorded" : "ignored an older",
                item.id(), score.userId(), score.timestamp());
        return ResponseEntity.noContent().build();
    }
}
