package dev.deliberate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

class MessageSourceConfigurationTests {

    private final MessageSource messages = new MessageSourceConfiguration()
            .messageSource(new String[] { "messages/messages", "messages/math" });

    @Test
    void formatsMessagesOfBothBundlesInTheRequestedLanguage() {
        assertThat(messages.getMessage("practice.progress.itemsOf", new Object[] { 3, 20 }, Locale.ENGLISH)).isEqualTo("3 (at least 20)");
        assertThat(messages.getMessage("practice.problem.title", new Object[] { 7 }, Locale.forLanguageTag("es"))).isEqualTo("Problema 7");
        assertThat(messages.getMessage("practice.problem.title", new Object[] { 1234 }, Locale.ENGLISH)).isEqualTo("Problem 1,234");
    }

    @Test
    void aLanguageWithoutBundleFallsBackToEnglishNotToTheServersLocale() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            assertThat(messages.getMessage("practice.problem.title", new Object[] { 2 }, Locale.JAPANESE)).isEqualTo("Problem 2");
        }
        finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void countsOfStudentsReadAsWordsForOneAndAsNumbersForMore() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(messages.getMessage("teacher.steer.groupExplain", new Object[] { 1 }, Locale.ENGLISH))
                .startsWith("A focus goes to the one student in this group now.").doesNotContain("1 students");
        assertThat(messages.getMessage("teacher.steer.groupExplain", new Object[] { 12 }, Locale.ENGLISH))
                .isEqualTo("A focus goes to the 12 students in this group now. Practice follows it from each one’s next problem until you clear it.");
        assertThat(messages.getMessage("teacher.steer.groupExplain", new Object[] { 1 }, es)).startsWith("El enfoque va al único estudiante");
        assertThat(messages.getMessage("teacher.home.studentsCaption", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("1 student");
        assertThat(messages.getMessage("teacher.home.studentsCaption", new Object[] { 30 }, es)).isEqualTo("30 estudiantes");
    }

    @Test
    void anUnknownCodeIsAnErrorNotItsOwnText() {
        assertThatThrownBy(() -> messages.getMessage("practice.no-such-message", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void everyFormattingGetsItsOwnCopyOfTheCachedFormat() {
        MessageSourceConfiguration.UnsharedFormats source = (MessageSourceConfiguration.UnsharedFormats) messages;
        assertThat(source.resolveCode("practice.progress.itemsOf", Locale.ENGLISH))
                .isNotSameAs(source.resolveCode("practice.progress.itemsOf", Locale.ENGLISH));
    }

    @Test
    void threadsFormattingTheSameMessageAtOnceEachGetTheirOwnArguments() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String text = messages.getMessage("practice.progress.itemsOf", new Object[] { thread, i }, Locale.ENGLISH);
                        if (!text.equals(thread + " (at least " + String.format(Locale.ENGLISH, "%,d", i) + ")")) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }
}
