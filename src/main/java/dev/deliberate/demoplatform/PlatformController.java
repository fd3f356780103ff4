package dev.deliberate.demoplatform;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.shared.ToolUrls;

/** The platform's public key set and the LMS side of LTI postMessage storage. */
@Controller
@Profile("demo")
class PlatformController {

    private final DemoKeys keys;
    private final ToolUrls tool;

    PlatformController(DemoKeys keys, ToolUrls tool) {
        this.keys = keys;
        this.tool = tool;
    }

    @GetMapping(path = "/demo/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> jwks() {
        return keys.publicJwks();
    }

    /** A hidden frame next to the tool's that answers lti.put_data and lti.get_data, as Canvas does. */
    @GetMapping("/demo/storage-frame")
    ModelAndView storageFrame() {
        return new ModelAndView("demo/storage-frame", Map.of("toolOrigin", tool.origin()));
    }
}
