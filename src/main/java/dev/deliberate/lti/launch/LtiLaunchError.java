package dev.deliberate.lti.launch;

/**
 * A refused login initiation or launch. The reason code is shown and logged; the detail goes to the
 * log only, for the administrator.
 */
public class LtiLaunchError extends RuntimeException {

    private final ReasonCode reason;
    private final transient LoginState state;

    public LtiLaunchError(ReasonCode reason, String detail) {
        this(reason, detail, null);
    }

    LtiLaunchError(ReasonCode reason, String detail, LoginState state) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
        this.state = state;
    }

    public ReasonCode reason() {
        return reason;
    }

    /** The login state of the launch that failed, when it was found; lets the page offer a new window. */
    LoginState state() {
        return state;
    }

    LtiLaunchError withState(LoginState loginState) {
        return new LtiLaunchError(reason, getMessage().substring(reason.name().length() + 2), loginState);
    }
}
