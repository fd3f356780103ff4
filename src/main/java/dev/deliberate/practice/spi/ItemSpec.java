package dev.deliberate.practice.spi;

import java.util.Objects;

/**
 * Everything needed to generate an item again, exactly: stored with each item served, so any item
 * can be reproduced for a teacher, a review or a bug report.
 *
 * @param skillId    the skill practised
 * @param difficulty the subject's difficulty value (math: 1 to 5)
 * @param context    the framing context, e.g. {@code sports}
 * @param wording    the template or framing sentence used
 * @param seed       the generator's seed
 */
public record ItemSpec(String skillId, double difficulty, String context, String wording, long seed) {

    public ItemSpec {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(wording, "wording");
    }
}
