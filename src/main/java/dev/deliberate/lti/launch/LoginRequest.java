package dev.deliberate.lti.launch;

import java.util.Map;

/**
 * An OIDC third-party initiated login as the platform sends it (GET query or POST form). Only
 * {@code iss}, {@code login_hint} and {@code target_link_uri} are required.
 */
record LoginRequest(
        String issuer,
        String loginHint,
        String targetLinkUri,
        String ltiMessageHint,
        String clientId,
        String deploymentId,
        String storageTarget) {

    private static final int MAX_LENGTH = 2048;

    static LoginRequest from(Map<String, String> params) {
        params.forEach((name, value) -> {
            if (value != null && value.length() > MAX_LENGTH) {
                throw new LtiLaunchError(ReasonCode.LOGIN_PARAMETER_TOO_LONG, name + " has " + value.length() + " characters");
            }
        });
        LoginRequest request = new LoginRequest(blankToNull(params.get("iss")), blankToNull(params.get("login_hint")),
                blankToNull(params.get("target_link_uri")), blankToNull(params.get("lti_message_hint")),
                blankToNull(params.get("client_id")), blankToNull(params.get("lti_deployment_id")),
                blankToNull(params.get("lti_storage_target")));
        if (request.issuer() == null) {
            throw new LtiLaunchError(ReasonCode.LOGIN_ISS_MISSING, "login initiation without iss");
        }
        if (request.loginHint() == null) {
            throw new LtiLaunchError(ReasonCode.LOGIN_HINT_MISSING, "login initiation without login_hint");
        }
        if (request.targetLinkUri() == null) {
            throw new LtiLaunchError(ReasonCode.LOGIN_TARGET_LINK_URI_MISSING, "login initiation without target_link_uri");
        }
        if (request.storageTarget() != null && !request.storageTarget().matches("[A-Za-z0-9_\\-]{1,100}")) {
            return new LoginRequest(request.issuer(), request.loginHint(), request.targetLinkUri(), request.ltiMessageHint(),
                    request.clientId(), request.deploymentId(), null);
        }
        return request;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
