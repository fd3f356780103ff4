package dev.deliberate.demoplatform.nrps;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import dev.deliberate.demoplatform.api.Paging;
import dev.deliberate.demoplatform.api.ServiceAccess;
import dev.deliberate.demoplatform.api.ServiceApi;
import dev.deliberate.demoplatform.api.ServiceError;
import dev.deliberate.demoplatform.api.ServiceUrls;
import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.token.ServiceGrant;

/**
 * The Names and Role Provisioning Service 2.0 (section 2.4): the members of a course, a page at a
 * time, filtered by role or resource link, with a differences URL for the changes since this call.
 */
@RestController
@ServiceApi
@Profile("demo")
class MembershipController {

    static final MediaType CONTAINER = MediaType.parseMediaType("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final ServiceAccess access;
    private final Roster roster;
    private final DemoLinks links;
    private final ServiceUrls urls;
    private final Clock clock;

    MembershipController(ServiceAccess access, Roster roster, DemoLinks links, ServiceUrls urls, Clock clock) {
        this.access = access;
        this.roster = roster;
        this.links = links;
        this.urls = urls;
        this.clock = clock;
    }

    @GetMapping("/demo/api/courses/{courseId}/memberships")
    ResponseEntity<Map<String, Object>> members(@PathVariable String courseId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String role, @RequestParam(required = false) String rlid,
            @RequestParam(required = false) String since, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page, HttpServletRequest request) {
        ServiceGrant grant = access.require(authorization, AdvantageScopes.MEMBERSHIP_READONLY);
        Instant asOf = clock.instant();
        if (!DemoCourse.exists(courseId)) {
            throw ServiceError.notFound("there is no course " + courseId);
        }
        checkLink(courseId, rlid, grant);
        Paging paging = Paging.of(limit, page, DEFAULT_PAGE_SIZE);
        List<Map<String, Object>> found = roster.members(courseId, role, instant(since), paging.offset(), paging.limit() + 1);
        String requestUrl = urls.of(request);
        List<String> links = new ArrayList<>();
        paging.next(requestUrl, found).ifPresent(next -> links.add(Paging.link(next, "next")));
        links.add(Paging.link(differences(requestUrl, asOf), "differences"));
        return ResponseEntity.ok().contentType(CONTAINER).header(HttpHeaders.LINK, String.join(", ", links))
                .body(container(requestUrl, paging.items(found)));
    }

    private void checkLink(String courseId, String rlid, ServiceGrant grant) {
        // NRPS 2.0, resource link membership: rlid names a resource link of this tool in the context
        if (rlid != null && links.find(rlid).filter(l -> l.courseId().equals(courseId) && l.clientId().equals(grant.clientId()))
                .isEmpty()) {
            throw ServiceError.invalidRequest("rlid " + rlid + " is not a link of this tool in " + courseId);
        }
    }

    private static Map<String, Object> container(String id, List<Map<String, Object>> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("context", Map.of("id", DemoCourse.CONTEXT_ID, "label", DemoCourse.LABEL, "title", DemoCourse.TITLE));
        body.put("members", members);
        return body;
    }

    /** The same query (filters kept, paging dropped) for the changes after this call. */
    private static String differences(String requestUrl, Instant asOf) {
        return UriComponentsBuilder.fromUriString(requestUrl).replaceQueryParam("limit").replaceQueryParam("page")
                .replaceQueryParam("since", asOf.toString()).build().toUriString();
    }

    private static Instant instant(String since) {
        try {
            return since == null ? null : Instant.parse(since);
        }
        catch (DateTimeParseException e) {
            throw ServiceError.invalidRequest("since must be the value of a differences link");
        }
    }
}
