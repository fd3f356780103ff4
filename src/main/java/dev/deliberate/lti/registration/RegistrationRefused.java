package dev.deliberate.lti.registration;

/** Dynamic Registration stopped, with the reason code the page and the log show. */
class RegistrationRefused extends RuntimeException {

    enum Reason {
        /** Opened without {@code openid_configuration}: not started from an LMS. */
        CONFIGURATION_MISSING(400),
        /** {@code openid_configuration} is not an absolute http(s) URL, or plain http off the loopback. */
        CONFIGURATION_URL_INVALID(400),
        /** The operator limits which hosts may register, and this one is not among them. */
        HOST_NOT_ALLOWED(403),
        /** The configuration's host is on a loopback or private address the operator did not list. */
        ADDRESS_NOT_PUBLIC(403),
        /** Too many registration requests from one address within a minute. */
        RATE_LIMITED(429),
        /** The operator turned Dynamic Registration off. */
        REGISTRATION_DISABLED(403),
        /** The platform's configuration could not be fetched. */
        CONFIGURATION_UNREACHABLE(502),
        /** The configuration is not JSON or lacks an endpoint the tool needs. */
        CONFIGURATION_INVALID(502),
        /** The configuration names an issuer on another host than the one that served it. */
        ISSUER_MISMATCH(403),
        /** The platform does not accept private_key_jwt client authentication with RS256. */
        AUTH_METHOD_UNSUPPORTED(502),
        /** The platform answered the registration with an error. */
        PLATFORM_REFUSED(502),
        /** The platform's answer to the registration carries no client_id. */
        RESPONSE_INVALID(502);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final Reason reason;

    RegistrationRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
