package dev.deliberate.teacher;

/**
 * A steering request the class view cannot carry out as sent (an unknown group or skill, a bad
 * band, an empty name): answered with 400 and the message {@code code} says, never a partial change.
 *
 * @see SteeringController
 */
class SteeringRefused extends RuntimeException {

    private final String reason;
    private final String code;
    private final transient Object[] args;

    SteeringRefused(String reason, String code, Object... args) {
        super(reason, null, false, false);
        this.reason = reason;
        this.code = code;
        this.args = args;
    }

    String reason() {
        return reason;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
