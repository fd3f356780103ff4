package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The teacher reads a reflection's question in the words the student read it. */
class ClassTextsTests {

    private static ClassTexts texts(String subject, Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/french", "messages/writing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ClassTexts(messages, subject, locale);
    }

    @Test
    void aReflectionQuestionIsShownInTheSubjectsOwnWordsWhenItHasThem() {
        String code = "practice.reflection.prompt.hardest";

        assertThat(texts("french", Locale.ENGLISH).asTheStudentReadIt(code)).startsWith("Which sentence in this block");
        assertThat(texts("writing", Locale.ENGLISH).asTheStudentReadIt(code)).startsWith("Which exercise in this block");
        assertThat(texts("math", Locale.ENGLISH).asTheStudentReadIt(code)).startsWith("Which problem in this block");
        assertThat(texts("french", Locale.forLanguageTag("es")).asTheStudentReadIt(code)).startsWith("¿Qué frase de este bloque");
        assertThat(texts("french", Locale.ENGLISH).asTheStudentReadIt("practice.reflection.prompt.next"))
                .as("no French wording of its own: the common one").startsWith("What will you pay most attention to");
    }
}
