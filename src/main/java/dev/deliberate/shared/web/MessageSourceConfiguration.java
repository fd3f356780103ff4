package dev.deliberate.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's messages, from the bundles named by {@code spring.messages.basename} and then
 * every other bundle in {@code messages/} on the class path (a practice subject brings its own
 * {@code messages/<subject>.properties}, and is found without a change here).
 * <p>
 * Spring's bundle source caches one {@link MessageFormat} per message and locale and formats
 * under that object's lock, because a {@code MessageFormat} is not thread-safe. Every practice
 * answer renders the same few messages with arguments ("Problem 7", "3 of 20"), so on a busy
 * two-core server every request queued on those locks, and a thread preempted while holding one
 * stalled the others for a whole time slice (seen as 10–25 ms waits in a JFR recording). Here
 * each formatting works on its own copy of the cached format: the cache is only ever read, and
 * no lock is shared.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ResourceBundleMessageSource messages = new UnsharedFormats();
        messages.setBasenames(withSubjectBundles(basenames));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The configured bundles first, then the other base names found in {@code messages/}, alphabetically. */
    static String[] withSubjectBundles(String[] configured) {
        TreeSet<String> found = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
                String name = Objects.requireNonNullElse(resource.getFilename(), "");
                if (!name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
                    found.add("messages/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.removeAll(Arrays.asList(configured));
        String[] all = Arrays.copyOf(configured, configured.length + found.size());
        System.arraycopy(found.toArray(String[]::new), 0, all, configured.length, found.size());
        return all;
    }

    /** A bundle source that hands out a private copy of each cached format. */
    static final class UnsharedFormats extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat cached = super.resolveCode(code, locale);
            return cached == null ? null : (MessageFormat) cached.clone();
        }
    }
}
