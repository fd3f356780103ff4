package dev.deliberate.course;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.deliberate.shared.ToolUrls;

/** The tool's front door, for someone who opens it outside an LMS. */
@Controller
class HomeController {

    private final boolean demo;
    private final ToolUrls urls;

    HomeController(@Value("${deliberate.demo.enabled:false}") boolean demo, ToolUrls urls) {
        this.demo = demo;
        this.urls = urls;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("loginUrl", urls.url("/lti/login"));
        model.addAttribute("launchUrl", urls.url("/lti/launch"));
        model.addAttribute("jwksUrl", urls.url("/.well-known/jwks.json"));
        return "course/home";
    }
}
