package dev.deliberate.practice.math;

import dev.deliberate.practice.spi.ItemSpec;

/**
 * The engine's own answer to a served item, for tests that drive the tool from outside its JVM
 * (the Moodle acceptance run reads the item's spec from the tool's database).
 */
public final class MathAnswers {

    private static final MathSubject MATH = new MathSubject();

    private MathAnswers() {
    }

    public static String answer(ItemSpec spec) {
        return MATH.regenerate(spec).answer();
    }
}
