package dev.deliberate.practice.language.french;

import java.util.List;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;

/** Opens the item maker's choice of doers to tests outside its package. */
public final class FrenchItemsAccess {

    private FrenchItemsAccess() {
    }

    public static List<Doer> doers(int level, Tense tense) {
        return FrenchItems.doers(level, tense);
    }
}
