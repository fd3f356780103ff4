package dev.deliberate.practice.math.variety;

import dev.deliberate.practice.math.item.MathItem;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Names a problem's character must not carry, compared without case or accents ("Ivan" is "Iván"). */
final class PersonNames {

    private final Set<String> folded;

    PersonNames(Set<String> names) {
        this.folded = names.stream().map(PersonNames::fold).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    /** Whether the item's text names one of these people (its name arguments; numbers never match). */
    boolean named(MathItem item) {
        return !folded.isEmpty() && item.statement().args().stream()
                .anyMatch(arg -> arg instanceof String text && folded.contains(fold(text)));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
