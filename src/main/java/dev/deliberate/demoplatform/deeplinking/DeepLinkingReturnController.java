package dev.deliberate.demoplatform.deeplinking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.course.DemoLink;

/**
 * The deep linking return URL: the tool's page auto-posts its signed response here as {@code JWT}
 * (Deep Linking 2.0, response message). The platform adds what the tool chose and says so inside the iframe,
 * or explains why it refused.
 */
@Controller
@Profile("demo")
class DeepLinkingReturnController {

    private static final Logger log = LoggerFactory.getLogger(DeepLinkingReturnController.class);

    private final DemoDeepLinkingResponses responses;
    private final Activities activities;

    DeepLinkingReturnController(DemoDeepLinkingResponses responses, Activities activities) {
        this.responses = responses;
        this.activities = activities;
    }

    @PostMapping("/demo/deep-linking/return")
    ModelAndView receive(@RequestParam(name = "JWT", required = false) String jwt) {
        DeepLinkingResponse response;
        try {
            response = responses.verify(jwt);
        }
        catch (DeepLinkingRefused e) {
            log.warn("Demo platform refused a deep linking response: {}", e.getMessage());
            return new ModelAndView("demo/deep-linking-refused", Map.of("reason", e.getMessage()), HttpStatus.BAD_REQUEST);
        }
        List<DemoLink> added = response.items().stream()
                .map(item -> activities.add(response.courseId(), response.client().clientId(), item)).toList();
        log.info("Demo platform added {} deep-linked activities from client_id={}", added.size(), response.client().clientId());
        Map<String, Object> model = new HashMap<>();
        model.put("added", added);
        model.put("toolName", response.client().name());
        model.put("message", response.message());
        model.put("errorMessage", response.errorMessage());
        return new ModelAndView("demo/deep-linking-added", model);
    }
}
