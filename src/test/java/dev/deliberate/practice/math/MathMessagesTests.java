package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.check.Misconception;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MathMessagesTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("math_es").stringPropertyNames()).isEqualTo(load("math").stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPatternWithoutStrayApostrophes() throws IOException {
        for (String bundle : new String[] {"math", "math_es"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                assertThat(pattern).as(key).doesNotContain("'");
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void namesEverySkillContextAndMisconceptionInBothLanguages() {
        for (MathMessages messages : new MathMessages[] {MathMessages.english(), MathMessages.in(SPANISH)}) {
            for (MathSkill skill : MathSkill.values()) {
                assertThat(messages.has(skill.messageKey())).as(skill.messageKey()).isTrue();
            }
            for (ProblemContext context : ProblemContext.values()) {
                assertThat(messages.has(context.messageKey())).as(context.messageKey()).isTrue();
            }
            for (Misconception misconception : Misconception.values()) {
                assertThat(messages.has(misconception.messageKey())).as(misconception.messageKey()).isTrue();
            }
        }
    }

    @Test
    void rendersNestedReferencesInTheSameLanguage() {
        MessageRef message = MessageRef.of("math.feedback.one-side-only.scale",
                MessageRef.of("math.feedback.where.line", 2), "x", MessageRef.of("math.operation.divided", "3"));
        assertThat(MathMessages.english().render(message)).startsWith("In line 2, one side was divided by 3 and");
        assertThat(MathMessages.in(SPANISH).render(message)).startsWith("En la línea 2, un lado se ha dividido entre 3 y");
    }

    @Test
    void languagesWithoutABundleFallBackToEnglish() {
        assertThat(MathMessages.in(Locale.GERMAN).render(MessageRef.of("math.item.solve", "x = 1"))).isEqualTo("Solve x = 1.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MathMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
