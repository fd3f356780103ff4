package dev.deliberate.demoplatform.ags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.demoplatform.api.Paging;
import dev.deliberate.demoplatform.api.ServiceAccess;
import dev.deliberate.demoplatform.api.ServiceApi;
import dev.deliberate.demoplatform.api.ServiceError;
import dev.deliberate.demoplatform.api.ServiceUrls;
import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.gradebook.Score;
import dev.deliberate.demoplatform.gradebook.Scores;
import dev.deliberate.demoplatform.token.ServiceGrant;

/**
 * The AGS 2.0 result service: the current result of each learner on a line item,
 * scaled to the line item's scoreMaximum.
 */
@RestController
@ServiceApi
@Profile("demo")
class ResultController {

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ServiceAccess access;
    private final CourseLineItems courseLineItems;
    private final Scores scores;
    private final ServiceUrls urls;

    ResultController(ServiceAccess access, CourseLineItems courseLineItems, Scores scores, ServiceUrls urls) {
        this.access = access;
        this.courseLineItems = courseLineItems;
        this.scores = scores;
        this.urls = urls;
    }

    @GetMapping("/demo/api/courses/{courseId}/lineitems/{id}/results")
    ResponseEntity<List<Map<String, Object>>> list(@PathVariable String courseId, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "user_id", required = false) String userId, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page, HttpServletRequest request) {
        ServiceGrant grant = access.require(authorization, AdvantageScopes.RESULT_READONLY);
        LineItem item = courseLineItems.find(courseId, id, grant);
        Paging paging = Paging.of(limit, page, DEFAULT_PAGE_SIZE);
        List<Score> found = scores.current(item.id(), userId, paging.offset(), paging.limit() + 1);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(AgsMediaTypes.RESULT_CONTAINER);
        paging.next(urls.of(request), found).ifPresent(next -> response.header(HttpHeaders.LINK, Paging.link(next, "next")));
        return response.body(paging.items(found).stream().map(s -> json(item, s)).toList());
    }

    @GetMapping("/demo/api/courses/{courseId}/lineitems/{id}/results/{userId}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String courseId, @PathVariable String id,
            @PathVariable String userId, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ServiceGrant grant = access.require(authorization, AdvantageScopes.RESULT_READONLY);
        LineItem item = courseLineItems.find(courseId, id, grant);
        Score score = scores.current(item.id(), userId, 0, 1).stream().findFirst()
                .orElseThrow(() -> ServiceError.notFound("no result for user " + userId + " on line item " + id));
        return ResponseEntity.ok().contentType(AgsMediaTypes.RESULT).body(json(item, score));
    }

    private Map<String, Object> json(LineItem item, Score score) {
        String lineItemUrl = urls.lineItem(item.courseId(), item.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", lineItemUrl + "/results/" + score.userId());
        json.put("scoreOf", lineItemUrl);
        json.put("userId", score.userId());
        if (score.scoreGiven() != null) {
            // AGS 2.0, result: resultScore is on the scale of resultMaximum, the line item's scoreMaximum
            json.put("resultScore", score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum());
            json.put("resultMaximum", item.scoreMaximum());
        }
        if (score.comment() != null) {
            json.put("comment", score.comment());
        }
        return json;
    }
}
