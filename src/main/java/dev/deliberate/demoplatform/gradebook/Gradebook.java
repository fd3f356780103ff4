package dev.deliberate.demoplatform.gradebook;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.demoplatform.course.MemberStatus;
import dev.deliberate.demoplatform.course.MemberStatuses;

/** Builds the gradebook of a course from its line items, current scores, roster and score history. */
@Component
@Profile("demo")
class Gradebook {

    private static final int HISTORY = 25;

    private final LineItems lineItems;
    private final Scores scores;
    private final MemberStatuses statuses;
    private final ToolClients clients;

    Gradebook(LineItems lineItems, Scores scores, MemberStatuses statuses, ToolClients clients) {
        this.lineItems = lineItems;
        this.scores = scores;
        this.statuses = statuses;
        this.clients = clients;
    }

    GradebookView of(String courseId) {
        List<LineItem> items = lineItems.inCourse(courseId);
        return new GradebookView(columns(items), rows(courseId, items), history(courseId, items));
    }

    private List<GradebookView.Column> columns(List<LineItem> items) {
        Map<String, String> tools = clients.all().stream().collect(Collectors.toMap(ToolClient::clientId, ToolClient::name));
        return items.stream().map(i -> new GradebookView.Column(i.id(), i.label(), GradebookView.number(i.scoreMaximum()),
                tools.getOrDefault(i.clientId(), i.clientId()))).toList();
    }

    private List<GradebookView.Row> rows(String courseId, List<LineItem> items) {
        Map<String, Score> current = scores.inCourse(courseId).stream()
                .collect(Collectors.toMap(s -> key(s.lineItemId(), s.userId()), Function.identity()));
        Map<String, MemberStatuses.Change> changes = statuses.changes(courseId);
        return DemoCourse.students().stream().map(p -> new GradebookView.Row(p.id(), p.name(),
                changes.containsKey(p.id()) ? changes.get(p.id()).status() : MemberStatus.Active,
                items.stream().map(i -> current.get(key(i.id(), p.id()))).map(GradebookView.Cell::of).toList())).toList();
    }

    private List<GradebookView.Post> history(String courseId, List<LineItem> items) {
        Map<Long, String> labels = items.stream().collect(Collectors.toMap(LineItem::id, LineItem::label));
        return scores.history(courseId, HISTORY).stream().map(s -> new GradebookView.Post(
                labels.getOrDefault(s.lineItemId(), "?"), DemoCourse.person(s.userId()).map(DemoPerson::name).orElse(s.userId()),
                GradebookView.scoreText(s), s.activityProgress().name(), s.gradingProgress().name(),
                GradebookView.time(s.timestamp()), GradebookView.time(s.receivedAt()), s.applied())).toList();
    }

    private static String key(long lineItemId, String userId) {
        return lineItemId + "\n" + userId;
    }
}
