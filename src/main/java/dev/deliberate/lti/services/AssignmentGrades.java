package dev.deliberate.lti.services;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * Assignment and Grade Services 2.0: find or create the line item of an assignment, publish scores,
 * read results back. Service URLs are used as the platform gave them; path segments go before any
 * query string (Moodle's {@code …/lineitems/7/lineitem?type_id=1}). A line item's {@code id} and a
 * {@code next} page must be on the origin of the URL they came from: scores and results go to the id
 * with the course's access token.
 */
@Component
public class AssignmentGrades {

    static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PAGES = 50;

    private final PlatformCalls calls;

    AssignmentGrades(PlatformCalls calls) {
        this.calls = calls;
    }

    /** The line item of a resource link in the platform's container, if there is one. */
    public Optional<LineItem> find(long platformId, String lineItemsUrl, String resourceLinkId, String resourceId) {
        String url = lineItemsUrl + (lineItemsUrl.contains("?") ? "&" : "?") + "resource_link_id="
                + java.net.URLEncoder.encode(resourceLinkId, java.nio.charset.StandardCharsets.UTF_8);
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            ServiceAnswer answer = calls.call(platformId, ServiceScopes.AGS, "line items", r -> r.header("Accept", CONTAINER_TYPE).GET(), url);
            for (JsonNode node : array(answer.body())) {
                LineItem item = lineItem(node, answer);
                if (resourceLinkId.equals(item.resourceLinkId()) || (resourceId != null && resourceId.equals(item.resourceId()))) {
                    return Optional.of(item);
                }
            }
            url = answer.link("next").orElse(null);
        }
        return Optional.empty();
    }

    public LineItem create(long platformId, String lineItemsUrl, LineItem item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scoreMaximum", item.scoreMaximum());
        body.put("label", item.label());
        putIfPresent(body, "resourceLinkId", item.resourceLinkId());
        putIfPresent(body, "resourceId", item.resourceId());
        putIfPresent(body, "tag", item.tag());
        ServiceAnswer answer = calls.call(platformId, ServiceScopes.AGS, "line item creation",
                r -> r.header("Content-Type", LINE_ITEM_TYPE).header("Accept", LINE_ITEM_TYPE)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), lineItemsUrl);
        return lineItem(tree(answer.body()), answer);
    }

    public LineItem get(long platformId, String lineItemUrl) {
        ServiceAnswer answer = calls.call(platformId, ServiceScopes.AGS, "line item", r -> r.header("Accept", LINE_ITEM_TYPE).GET(),
                lineItemUrl);
        return lineItem(tree(answer.body()), answer);
    }

    /** Publishes a score (AGS 2.0 §3.4): POST to the line item's {@code /scores}. */
    public void publish(long platformId, String lineItemUrl, Score score) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", score.userId());
        body.put("scoreGiven", score.scoreGiven());
        body.put("scoreMaximum", score.scoreMaximum());
        body.put("activityProgress", score.activityProgress());
        body.put("gradingProgress", score.gradingProgress());
        body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(score.timestamp()));
        putIfPresent(body, "comment", score.comment());
        calls.call(platformId, ServiceScopes.AGS, "score", r -> r.header("Content-Type", SCORE_TYPE)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                ServiceUrls.withPath(lineItemUrl, "/scores"));
    }

    /** What the platform holds for a user (or everyone) on a line item. */
    public List<Result> results(long platformId, String lineItemUrl, String userId) {
        String url = ServiceUrls.withPath(lineItemUrl, "/results");
        if (userId != null) {
            url += (url.contains("?") ? "&" : "?") + "user_id=" + java.net.URLEncoder.encode(userId, java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Result> results = new ArrayList<>();
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            ServiceAnswer answer = calls.call(platformId, ServiceScopes.AGS, "results", r -> r.header("Accept", RESULTS_TYPE).GET(), url);
            for (JsonNode node : array(answer.body())) {
                results.add(new Result(node.path("userId").asString(null), number(node, "resultScore"), number(node, "resultMaximum"),
                        node.path("comment").asString(null)));
            }
            url = answer.link("next").orElse(null);
        }
        return results;
    }

    private static LineItem lineItem(JsonNode node, ServiceAnswer answer) {
        String id = node.path("id").asString("");
        if (id.isBlank()) {
            throw new ServiceFailure(Kind.PERMANENT, 200, "a line item without an id", null);
        }
        return new LineItem(answer.resolve(id, "line item id"), node.path("label").asString(""), node.path("scoreMaximum").asDouble(0),
                node.path("resourceLinkId").asString(null), node.path("resourceId").asString(null), node.path("tag").asString(null));
    }

    private static List<JsonNode> array(String body) {
        JsonNode node = tree(body);
        if (!node.isArray()) {
            throw new ServiceFailure(Kind.PERMANENT, 200, "expected a JSON array", null);
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        }
        catch (RuntimeException e) {
            throw new ServiceFailure(Kind.PERMANENT, 200, "the platform did not answer JSON", null);
        }
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static void putIfPresent(Map<String, Object> body, String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
