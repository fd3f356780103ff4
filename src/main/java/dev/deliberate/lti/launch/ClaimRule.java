package dev.deliberate.lti.launch;

/** One rule of the LTI 1.3 / 1EdTech security framework that a launch's claims must meet. */
@FunctionalInterface
interface ClaimRule {

    /** Returns normally when the claims meet the rule, throws {@link LtiLaunchError} otherwise. */
    void check(ClaimReader claims, LaunchExpectations expected);
}
