package dev.deliberate.lti.registration;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /lti/config/canvas.json}: the Canvas developer key for this deployment, with its real
 * URLs, for "Enter URL" when an administrator adds an LTI key in Canvas.
 */
@RestController
class CanvasConfigController {

    private final ToolDescription tool;

    CanvasConfigController(ToolDescription tool) {
        this.tool = tool;
    }

    @GetMapping(path = "/lti/config/canvas.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> developerKey() {
        return tool.canvasDeveloperKey();
    }
}
