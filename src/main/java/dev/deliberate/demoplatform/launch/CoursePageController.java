package dev.deliberate.demoplatform.launch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoLink;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.shared.web.Framing;

/**
 * The demo course page: the course's links, a Launch form per person for the chosen link, and for
 * the teacher a deep linking button per tool. Each form starts the OIDC login at the tool, into the
 * iframe named {@code tool}, as an LMS page would.
 */
@Controller
@Profile("demo")
class CoursePageController {

    static final String STORAGE_FRAME = "post_message_forwarding";

    private final DemoProperties properties;
    private final DemoLinks links;
    private final ToolClients clients;
    private final LaunchHints hints;

    CoursePageController(DemoProperties properties, DemoLinks links, ToolClients clients, LaunchHints hints) {
        this.properties = properties;
        this.links = links;
        this.clients = clients;
        this.hints = hints;
    }

    @GetMapping("/demo")
    ModelAndView course(@RequestParam(name = "link", required = false) String linkId, HttpServletRequest request) {
        List<DemoLink> all = links.inCourse(DemoCourse.CONTEXT_ID);
        DemoLink selected = selected(all, linkId);
        ToolClient client = selected == null ? clients.configured()
                : clients.find(selected.clientId()).orElse(clients.configured());
        Map<String, Object> model = new HashMap<>();
        model.put("courseTitle", DemoCourse.TITLE);
        model.put("links", all);
        model.put("selected", selected);
        model.put("teacher", button(DemoCourse.TEACHER, selected, client));
        model.put("students", DemoCourse.students().stream().map(s -> button(s, selected, client)).toList());
        model.put("deepLinking", clients.all().stream().map(this::deepLinking).toList());
        model.put("issuer", properties.issuer());
        if (!properties.likeMoodle()) {
            model.put("storageFrame", STORAGE_FRAME);
        }
        model.put("likeMoodle", properties.likeMoodle());
        model.put("classHistories", properties.classHistories());
        model.putAll(launchFields(client, selected));
        // the launch and Deep Linking forms post to the tools' login pages, shown in the frame below them
        Framing.reaches(request, client.initiateLoginUri());
        clients.all().forEach(c -> Framing.reaches(request, c.initiateLoginUri()));
        return new ModelAndView("demo/course", model);
    }

    /** The link asked for, else the seeded one, else the first. */
    private static DemoLink selected(List<DemoLink> all, String linkId) {
        return all.stream().filter(l -> l.id().equals(linkId)).findFirst()
                .or(() -> all.stream().filter(l -> l.id().equals(DemoCourse.SEEDED_LINK_ID)).findFirst())
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    /** The login initiation fields every Launch form of the link shares (LTI Security Framework, third-party login). */
    private static Map<String, String> launchFields(ToolClient client, DemoLink link) {
        return Map.of("loginUrl", client.initiateLoginUri(), "clientId", client.clientId(),
                "deploymentId", client.deploymentId(),
                "targetLinkUri", link == null || link.url() == null ? client.targetLinkUri() : link.url());
    }

    private LaunchButton button(DemoPerson person, DemoLink link, ToolClient client) {
        String hint = link == null ? "" : hints.seal(LaunchHint.resourceLink(person.id(), link.id(), client.clientId()));
        return new LaunchButton(person.id(), person.name(), person.teacher(), person.locale(), hint);
    }

    private DeepLinkingButton deepLinking(ToolClient client) {
        return new DeepLinkingButton(client.clientId(), client.name(), client.initiateLoginUri(), client.deploymentId(),
                client.deepLinkingTarget(), DemoCourse.TEACHER.id(),
                hints.seal(LaunchHint.deepLinking(DemoCourse.TEACHER.id(), client.clientId())));
    }

    /** One person's launch form on the course page. */
    record LaunchButton(String personId, String name, boolean teacher, String locale, String messageHint) {
    }

    /** The teacher's form that asks a tool for a new activity (an LtiDeepLinkingRequest). */
    record DeepLinkingButton(String clientId, String toolName, String loginUrl, String deploymentId, String targetLinkUri,
            String teacherId, String messageHint) {
    }
}
