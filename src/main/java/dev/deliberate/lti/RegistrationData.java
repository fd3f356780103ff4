package dev.deliberate.lti;

/**
 * What the application keeps of a platform registration: the people, courses, assignments and
 * progress that came through its launches, all keyed by the registration (never by the issuer
 * alone, which a reinstalled platform shares with its predecessor). The protocol layer asks it when
 * a registration goes; the application implements it once, as it does {@link LaunchHandler}.
 */
public interface RegistrationData {

    /** What registration {@code registrationId} holds. */
    Holdings holdings(long registrationId);

    /**
     * Deletes every record of the registration's people, courses and assignments, in every module
     * that keeps any, inside the caller's transaction; answers what there was.
     */
    Holdings delete(long registrationId);

    /**
     * @param people      people known through the registration, learners and teachers
     * @param learners    people with a student membership in one of its courses
     * @param courses     its courses (LMS contexts)
     * @param assignments assignments teachers set up through Deep Linking
     */
    record Holdings(long people, long learners, long courses, long assignments) {

        public boolean isEmpty() {
            return people == 0 && courses == 0 && assignments == 0;
        }
    }
}
