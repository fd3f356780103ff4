package dev.deliberate.demoplatform.ags;

import static dev.deliberate.demoplatform.client.AdvantageScopes.LINEITEM;
import static dev.deliberate.demoplatform.client.AdvantageScopes.LINEITEM_READONLY;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.api.Paging;
import dev.deliberate.demoplatform.api.ServiceAccess;
import dev.deliberate.demoplatform.api.ServiceApi;
import dev.deliberate.demoplatform.api.ServiceUrls;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.course.LineItemFilter;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.demoplatform.token.ServiceGrant;

/** The AGS 2.0 line item service: the container of a course and each line item in it. */
@RestController
@ServiceApi
@Profile("demo")
@RequestMapping("/demo/api/courses/{courseId}/lineitems")
class LineItemController {

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ServiceAccess access;
    private final CourseLineItems courseLineItems;
    private final LineItems lineItems;
    private final ServiceUrls urls;

    LineItemController(ServiceAccess access, CourseLineItems courseLineItems, LineItems lineItems, ServiceUrls urls) {
        this.access = access;
        this.courseLineItems = courseLineItems;
        this.lineItems = lineItems;
        this.urls = urls;
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(@PathVariable String courseId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "resource_link_id", required = false) String resourceLinkId,
            @RequestParam(name = "resource_id", required = false) String resourceId,
            @RequestParam(required = false) String tag, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page, HttpServletRequest request) {
        ServiceGrant grant = access.require(authorization, LINEITEM, LINEITEM_READONLY);
        CourseLineItems.course(courseId);
        Paging paging = Paging.of(limit, page, DEFAULT_PAGE_SIZE);
        List<LineItem> found = lineItems.list(courseId, grant.clientId(), new LineItemFilter(resourceLinkId, resourceId, tag),
                paging.offset(), paging.limit() + 1);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(AgsMediaTypes.LINE_ITEM_CONTAINER);
        paging.next(urls.of(request), found).ifPresent(next -> response.header(HttpHeaders.LINK, Paging.link(next, "next")));
        return response.body(paging.items(found).stream().map(this::json).toList());
    }

    @PostMapping(consumes = { AgsMediaTypes.LINE_ITEM_VALUE, MediaType.APPLICATION_JSON_VALUE })
    ResponseEntity<Map<String, Object>> create(@PathVariable String courseId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        ServiceGrant grant = access.require(authorization, LINEITEM);
        CourseLineItems.course(courseId);
        LineItem draft = LineItemJson.read(JsonFields.of(body), courseId, grant.clientId());
        courseLineItems.checkResourceLink(draft, grant);
        LineItem item = lineItems.add(draft);
        return ResponseEntity.created(URI.create(urls.lineItem(courseId, item.id()))).contentType(AgsMediaTypes.LINE_ITEM)
                .body(json(item));
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String courseId, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ServiceGrant grant = access.require(authorization, LINEITEM, LINEITEM_READONLY);
        return ResponseEntity.ok().contentType(AgsMediaTypes.LINE_ITEM).body(json(courseLineItems.find(courseId, id, grant)));
    }

    @PutMapping(path = "/{id}", consumes = { AgsMediaTypes.LINE_ITEM_VALUE, MediaType.APPLICATION_JSON_VALUE })
    ResponseEntity<Map<String, Object>> update(@PathVariable String courseId, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        ServiceGrant grant = access.require(authorization, LINEITEM);
        LineItem stored = courseLineItems.find(courseId, id, grant);
        JsonFields fields = JsonFields.of(body);
        String url = urls.lineItem(courseId, stored.id());
        if (fields.has("id") && !url.equals(fields.text("id"))) {
            throw new JsonFields.Invalid("id must be this line item's URL " + url);
        }
        LineItem asked = LineItemJson.read(fields, courseId, grant.clientId());
        // AGS 2.0, line item update: the resource link of a line item does not change on update
        LineItem updated = new LineItem(stored.id(), courseId, stored.clientId(), asked.label(), asked.scoreMaximum(),
                asked.resourceId(), stored.resourceLinkId(), asked.tag(), asked.startDateTime(), asked.endDateTime());
        lineItems.update(updated);
        return ResponseEntity.ok().contentType(AgsMediaTypes.LINE_ITEM).body(json(updated));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String courseId, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ServiceGrant grant = access.require(authorization, LINEITEM);
        lineItems.delete(courseLineItems.find(courseId, id, grant));
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> json(LineItem item) {
        return LineItemJson.write(item, urls.lineItem(item.courseId(), item.id()));
    }
}
