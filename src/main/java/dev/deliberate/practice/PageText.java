package dev.deliberate.practice;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The messages a compiled template shows, in the reader's language (templates escape them). A code
 * missing from every bundle shows as {@code ??code??}, as Thymeleaf shows it, rather than failing
 * the page. A subject may word any practice text its own way: {@code writing.practice.problem.title}
 * ("Exercise {0}") is shown to writers instead of {@code practice.problem.title} ("Problem {0}").
 */
record PageText(MessageSource messages, Locale locale) {

    String get(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, "??" + code + "??", locale);
    }

    /** The subject's own wording of {@code code} ({@code <subject>.<code>}) when its bundle has one, else the common one. */
    String of(String subject, String code, Object... args) {
        String own = subject == null ? null : messages.getMessage(subject + "." + code, args.length == 0 ? null : args, null, locale);
        return own != null ? own : get(code, args);
    }
}
