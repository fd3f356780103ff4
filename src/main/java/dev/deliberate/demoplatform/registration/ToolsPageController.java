package dev.deliberate.demoplatform.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.shared.QueryStrings;
import dev.deliberate.shared.ToolUrls;
import dev.deliberate.shared.web.Framing;

/**
 * The demo LMS's tools page: the registered tool clients and a button that starts Deliberate's
 * dynamic registration with a fresh registration token, in a frame on this page (LTI DR 1.0).
 */
@Controller
@Profile("demo")
class ToolsPageController {

    private final ToolClients clients;
    private final RegistrationTokens tokens;
    private final DemoProperties properties;
    private final ToolUrls tool;

    ToolsPageController(ToolClients clients, RegistrationTokens tokens, DemoProperties properties, ToolUrls tool) {
        this.clients = clients;
        this.tokens = tokens;
        this.properties = properties;
        this.tool = tool;
    }

    @GetMapping("/demo/tools")
    ModelAndView tools(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openid_configuration", properties.url("/demo/.well-known/openid-configuration"));
        params.put("registration_token", tokens.issue());
        String registration = QueryStrings.append(tool.url("/lti/register"), params);
        Framing.reaches(request, registration);
        return new ModelAndView("demo/tools", Map.of("clients", clients.all(), "registrationUrl", registration,
                "toolOrigin", tool.origin()));
    }
}
