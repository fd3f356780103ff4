package dev.deliberate.practice;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The messages a compiled template shows, in the reader's language (templates escape them). A code
 * missing from every bundle shows as {@code ??code??}, as Thymeleaf shows it, rather than failing
 * the page.
 */
record PageText(MessageSource messages, Locale locale) {

    String get(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, "??" + code + "??", locale);
    }
}
