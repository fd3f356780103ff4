package dev.deliberate.practice;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the practice region ({@code src/main/jte/practice/practice.jte}), which answers every
 * attempt, hint and move. It is a template compiled to Java at build time rather than a Thymeleaf
 * page: Thymeleaf evaluated its ~130 expressions through interpreted SpEL, a third of the CPU of an
 * attempt (see docs/benchmarks.md). The student home around it is compiled too ({@link #home}):
 * every launch lands on it, and Thymeleaf's rendering of it was a sixth of a launch's CPU. The
 * rest of the UI stays in Thymeleaf.
 *
 * <p>The answer area inside the form belongs to the subject: {@code practice/answer-<subject>.jte}
 * (math: work lines and an answer; writing: a text area), else {@code practice/answer-line.jte}.
 */
@Component
class PracticeRegion {

    private static final String TEMPLATE = "practice/practice.jte";
    private static final String HOME = "practice/home.jte";
    /** The answer area of a subject without a template {@code practice/answer-<subject>.jte}. */
    private static final String ONE_LINE = "practice/answer-line.jte";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PracticeRegion.class.getClassLoader(), "dev.deliberate");
    private final MessageSource messages;
    private final Map<String, String> areas = new ConcurrentHashMap<>();

    PracticeRegion(MessageSource messages) {
        this.messages = messages;
        if (!templates.hasTemplate(TEMPLATE)) {
            // an IDE build that skipped Maven's generate-sources: fail at start, not on every student page
            throw new IllegalStateException(TEMPLATE + " is not compiled; build with ./mvnw compile (jte-maven-plugin)");
        }
    }

    String render(PracticeView view, Locale locale) {
        StringOutput html = new StringOutput(8192);
        PageText text = new PageText(messages, locale);
        Content answer = output -> templates.render(answerArea(view.subject()), Map.of("v", view, "t", text), output);
        templates.render(TEMPLATE, Map.of("v", view, "t", text, "answer", answer), html);
        return html.toString();
    }

    /** The whole student home around an already rendered practice region. */
    String home(StudentHome home, Locale locale) {
        StringOutput html = new StringOutput(16384);
        templates.render(HOME, Map.of("h", home, "t", new PageText(messages, locale)), html);
        return html.toString();
    }

    /** The subject's own answer area, else one line. */
    private String answerArea(String subject) {
        return areas.computeIfAbsent(subject == null ? "" : subject, id -> {
            String own = "practice/answer-" + id + ".jte";
            return id.matches("[a-z-]+") && templates.hasTemplate(own) ? own : ONE_LINE;
        });
    }
}
