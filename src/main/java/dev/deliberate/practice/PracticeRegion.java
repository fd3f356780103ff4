package dev.deliberate.practice;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the practice region ({@code src/main/jte/practice/practice.jte}), which answers every
 * attempt, hint and move. It is a template compiled to Java at build time rather than a Thymeleaf
 * page: Thymeleaf evaluated its ~130 expressions through interpreted SpEL, a third of the CPU of an
 * attempt (see docs/benchmarks.md). The rest of the UI stays in Thymeleaf; the home page places
 * this region's HTML inside its own.
 */
@Component
class PracticeRegion {

    private static final String TEMPLATE = "practice/practice.jte";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PracticeRegion.class.getClassLoader(), "dev.deliberate");
    private final MessageSource messages;

    PracticeRegion(MessageSource messages) {
        this.messages = messages;
        if (!templates.hasTemplate(TEMPLATE)) {
            // an IDE build that skipped Maven's generate-sources: fail at start, not on every student page
            throw new IllegalStateException(TEMPLATE + " is not compiled; build with ./mvnw compile (jte-maven-plugin)");
        }
    }

    String render(PracticeView view, Locale locale) {
        StringOutput html = new StringOutput(8192);
        templates.render(TEMPLATE, Map.of("v", view, "t", new PageText(messages, locale)), html);
        return html.toString();
    }
}
