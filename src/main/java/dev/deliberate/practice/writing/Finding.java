package dev.deliberate.practice.writing;

import dev.deliberate.practice.spi.Text;

/**
 * The rules' verdict on one criterion.
 *
 * @param criterion the skill id judged, e.g. {@code thesis}
 * @param met       whether the text meets it
 * @param comment   what the learner reads, quoting their words
 * @param next      the one focused next step when it is not met; null when it is
 */
record Finding(String criterion, boolean met, Text comment, Text next) {

    static Finding met(String criterion, String code, Object... args) {
        return new Finding(criterion, true, Text.of("writing.note." + criterion + "." + code, args), null);
    }

    static Finding missed(String criterion, String code, Object... args) {
        return new Finding(criterion, false, Text.of("writing.note." + criterion + "." + code, args),
                Text.of("writing.next." + criterion + "." + code));
    }
}
