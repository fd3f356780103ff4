package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The teacher reads a reflection's question in the words the student read it. */
class ClassTextsTests {

    private static ClassTexts texts(String subject, Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/math", "messages/french", "messages/writing");
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

    @Test
    void aQuestionAboutARecurringMistakeNamesTheMistakeAsTheStudentReadIt() {
        String named = "practice.reflection.prompt.habit.named";

        assertThat(texts("math", Locale.ENGLISH).asTheStudentReadIt(named, "SIGN_ERROR_MOVING_TERM", 3))
                .isEqualTo("In this block, this mistake came back 3 times: Sign error when moving a term. "
                        + "What will you check next time before you write a line?");
        assertThat(texts("french", Locale.ENGLISH).asTheStudentReadIt(named, "WRONG_AUXILIARY", 2))
                .startsWith("In this block, this mistake came back 2 times: Passé composé with être or avoir.")
                .endsWith("before you write the verb?");
        assertThat(texts("math", Locale.ENGLISH).asTheStudentReadIt("practice.reflection.prompt.habit"))
                .as("written before the mistake was kept: the question without its name")
                .startsWith("In this block one kind of mistake came back more than once");
    }
}
