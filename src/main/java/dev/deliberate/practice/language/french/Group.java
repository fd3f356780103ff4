package dev.deliberate.practice.language.french;

/** How a verb is conjugated: one of the three regular models, or its own irregular forms. */
public enum Group {
    /** Like parler: -e, -es, -e, -ons, -ez, -ent; participle in -é. */
    ER,
    /** Like finir: -is, -is, -it, -issons, -issez, -issent; participle in -i. */
    IR,
    /** Like vendre: -s, -s, –, -ons, -ez, -ent; participle in -u. */
    RE,
    /** Its own présent and participle, and perhaps its own futur and subjonctif stems. */
    IRREGULAR;

    static Group of(String word) {
        return switch (word) {
            case "er" -> ER;
            case "ir" -> IR;
            case "re" -> RE;
            case "irr" -> IRREGULAR;
            default -> throw new IllegalArgumentException("no verb group " + word);
        };
    }
}
