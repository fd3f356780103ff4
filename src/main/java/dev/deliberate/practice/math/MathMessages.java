package dev.deliberate.practice.math;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders {@link MessageRef}s from the math bundles ({@code messages/math*.properties}) without
 * Spring; the web layer may use its own {@code MessageSource} over the same files instead.
 */
public final class MathMessages {

    /** Base name of the bundle, as a resource path without the language suffix. */
    public static final String BUNDLE = "messages/math";

    private final ResourceBundle bundle;
    private final Locale locale;

    private MathMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages in the given language; languages without a bundle fall back to English. */
    public static MathMessages in(Locale locale) {
        return new MathMessages(locale);
    }

    /** English, the bundle's default language. */
    public static MathMessages english() {
        return in(Locale.ENGLISH);
    }

    /** Whether the bundle has a message for the code. */
    public boolean has(String code) {
        return bundle.containsKey(code);
    }

    /** The message with its arguments filled in; nested references are rendered first. */
    public String render(MessageRef message) {
        Object[] args = message.args().stream().map(this::renderArgument).toArray();
        String pattern = bundle.getString(message.code());
        return new MessageFormat(pattern, locale).format(args);
    }

    private Object renderArgument(Object argument) {
        return argument instanceof MessageRef nested ? render(nested) : argument;
    }
}
