package dev.deliberate.teacher;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.deliberate.mastery.TeacherFocus;

/**
 * A focus as the steering forms send it: {@code skill} (any number), {@code band} (empty, easier,
 * standard or harder) and {@code challenge} (absent, or true/on). Anything else is refused with a
 * message that says what was wrong.
 */
record FocusForm(List<String> skill, String band, String challenge) {

    FocusForm {
        skill = skill == null ? List.of() : skill.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    /** The focus, checked against the skills the assignment offers. */
    TeacherFocus focus(Set<String> offered) {
        for (String id : skill) {
            if (!offered.contains(id)) {
                throw new SteeringRefused("UNKNOWN_SKILL", "teacher.steer.error.skill", id);
            }
        }
        boolean stretch = flag(challenge);
        TeacherFocus.Band level = band(band);
        if (skill.isEmpty() && level == null && !stretch) {
            throw new SteeringRefused("EMPTY_FOCUS", "teacher.steer.error.empty");
        }
        return new TeacherFocus(skill, level, stretch);
    }

    private static TeacherFocus.Band band(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TeacherFocus.Band.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            throw new SteeringRefused("BAD_BAND", "teacher.steer.error.band", value);
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")) {
            return true;
        }
        throw new SteeringRefused("BAD_CHALLENGE", "teacher.steer.error.challenge", value);
    }
}
