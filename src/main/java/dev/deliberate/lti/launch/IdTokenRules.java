package dev.deliberate.lti.launch;

import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.deliberate.lti.LtiRole;
import dev.deliberate.lti.deeplinking.DeepLinkingRequests;
import dev.deliberate.shared.Origins;

/**
 * The claim rules of an LTI 1.3 resource link launch, each one spec rule, in the order they are
 * applied. Numbers refer to the 1EdTech Security Framework 1.0 §5.1.3 (authentication response
 * validation) and LTI Core 1.3 §5.3–5.4 (required message claims).
 */
final class IdTokenRules {

    /** Rules for every LTI message, up to and including its type. */
    static final List<ClaimRule> EVERY_MESSAGE = List.of(
            IdTokenRules::issuer,
            IdTokenRules::audience,
            IdTokenRules::authorizedParty,
            IdTokenRules::expiry,
            IdTokenRules::issuedAt,
            IdTokenRules::notBefore,
            IdTokenRules::nonce,
            IdTokenRules::ltiMessage,
            IdTokenRules::version,
            IdTokenRules::messageType,
            IdTokenRules::deployment,
            IdTokenRules::subject,
            IdTokenRules::targetLinkUri,
            IdTokenRules::roles);

    /** What a resource link launch must carry besides. */
    static final List<ClaimRule> RESOURCE_LINK_LAUNCH = List.of(
            IdTokenRules::resourceLink,
            IdTokenRules::context);

    /** What a Deep Linking request must carry besides: its settings, a teacher, a course. */
    static final List<ClaimRule> DEEP_LINKING_REQUEST = List.of(
            IdTokenRules::deepLinkingSettings,
            IdTokenRules::teacher,
            IdTokenRules::context);

    private IdTokenRules() {
    }

    // SF 5.1.3 (2): iss MUST exactly match the issuer of the platform the login was started for
    static void issuer(ClaimReader claims, LaunchExpectations expected) {
        String iss = claims.claims().getIssuer();
        if (iss == null || iss.isBlank()) {
            throw new LtiLaunchError(ReasonCode.ISS_MISSING, "no iss claim");
        }
        if (!iss.equals(expected.platform().issuer())) {
            throw new LtiLaunchError(ReasonCode.ISS_MISMATCH, "iss " + iss + " but the login was for " + expected.platform().issuer());
        }
    }

    // SF 5.1.3 (3): aud MUST contain the tool's client_id
    static void audience(ClaimReader claims, LaunchExpectations expected) {
        List<String> aud = claims.claims().getAudience();
        if (aud == null || aud.isEmpty()) {
            throw new LtiLaunchError(ReasonCode.AUD_MISSING, "no aud claim");
        }
        if (!aud.contains(expected.platform().clientId())) {
            throw new LtiLaunchError(ReasonCode.AUD_MISMATCH, "aud " + aud + " lacks client_id " + expected.platform().clientId());
        }
    }

    // SF 5.1.3 (4, 5): with several audiences azp MUST be present; when present it MUST be the client_id
    static void authorizedParty(ClaimReader claims, LaunchExpectations expected) {
        String azp = claims.string("azp");
        if (azp == null && claims.claims().getAudience().size() > 1) {
            throw new LtiLaunchError(ReasonCode.AZP_MISSING, "several audiences and no azp claim");
        }
        if (azp != null && !azp.equals(expected.platform().clientId())) {
            throw new LtiLaunchError(ReasonCode.AZP_MISMATCH, "azp " + azp + " is not client_id " + expected.platform().clientId());
        }
    }

    // SF 5.1.3 (7): the current time MUST be before exp (with a small leeway for clock skew)
    static void expiry(ClaimReader claims, LaunchExpectations expected) {
        Date exp = claims.claims().getExpirationTime();
        if (exp == null) {
            throw new LtiLaunchError(ReasonCode.EXP_MISSING, "no exp claim");
        }
        if (!exp.toInstant().plus(expected.clockSkew()).isAfter(expected.now())) {
            throw new LtiLaunchError(ReasonCode.TOKEN_EXPIRED, "exp " + exp.toInstant() + " is past (now " + expected.now() + ")");
        }
    }

    // SF 5.1.3 (8): iat MAY be used to reject tokens issued too far in the future
    static void issuedAt(ClaimReader claims, LaunchExpectations expected) {
        Date iat = claims.claims().getIssueTime();
        if (iat == null) {
            throw new LtiLaunchError(ReasonCode.IAT_MISSING, "no iat claim");
        }
        if (iat.toInstant().minus(expected.clockSkew()).isAfter(expected.now())) {
            throw new LtiLaunchError(ReasonCode.IAT_IN_FUTURE, "iat " + iat.toInstant() + " is ahead of now " + expected.now()
                    + " by more than " + expected.clockSkew() + ": check the platform's clock");
        }
    }

    // RFC 7519 §4.1.5: the token MUST NOT be accepted before nbf (with the same leeway as exp and iat)
    static void notBefore(ClaimReader claims, LaunchExpectations expected) {
        Date nbf = claims.claims().getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(expected.clockSkew()).isAfter(expected.now())) {
            throw new LtiLaunchError(ReasonCode.NBF_IN_FUTURE, "nbf " + nbf.toInstant() + " is ahead of now " + expected.now()
                    + " by more than " + expected.clockSkew() + ": not valid yet");
        }
    }

    // SF 5.1.3 (9): nonce MUST be the one sent with this login, and used only once
    static void nonce(ClaimReader claims, LaunchExpectations expected) {
        String nonce = claims.string("nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new LtiLaunchError(ReasonCode.NONCE_MISSING, "no nonce claim");
        }
        if (!nonce.equals(expected.state().nonce())) {
            if (expected.nonceUsed().test(nonce)) {
                throw new LtiLaunchError(ReasonCode.NONCE_REPLAYED, "nonce of an earlier launch replayed");
            }
            throw new LtiLaunchError(ReasonCode.NONCE_MISMATCH, "nonce does not match the one sent at login");
        }
    }

    // Core 5.3: an LTI message carries message_type, version and deployment_id; a plain OIDC id_token does not
    static void ltiMessage(ClaimReader claims, LaunchExpectations expected) {
        if (!claims.has(LtiClaims.MESSAGE_TYPE) && !claims.has(LtiClaims.VERSION) && !claims.has(LtiClaims.DEPLOYMENT_ID)) {
            throw new LtiLaunchError(ReasonCode.NOT_LTI_MESSAGE, "an id_token without any LTI claim");
        }
    }

    // Core 5.3.2: version MUST be 1.3.0
    static void version(ClaimReader claims, LaunchExpectations expected) {
        String version = claims.string(LtiClaims.VERSION);
        if (version == null) {
            throw new LtiLaunchError(ReasonCode.VERSION_MISSING, "no " + LtiClaims.VERSION + " claim: not an LTI 1.3 message");
        }
        if (!version.equals(LtiClaims.LTI_VERSION)) {
            throw new LtiLaunchError(ReasonCode.VERSION_UNSUPPORTED, "LTI version " + version);
        }
    }

    // Core 5.3.1: message_type is required; this endpoint handles resource link launches and Deep Linking requests
    static void messageType(ClaimReader claims, LaunchExpectations expected) {
        String type = claims.string(LtiClaims.MESSAGE_TYPE);
        if (type == null) {
            throw new LtiLaunchError(ReasonCode.MESSAGE_TYPE_MISSING, "no message_type claim");
        }
        if (!type.equals(LtiClaims.RESOURCE_LINK_REQUEST) && !type.equals(LtiClaims.DEEP_LINKING_REQUEST)) {
            throw new LtiLaunchError(ReasonCode.MESSAGE_TYPE_UNSUPPORTED, "message_type " + type);
        }
    }

    // Deep Linking 2.0 §4.4.1: deep_linking_settings with a deep_link_return_url is required
    static void deepLinkingSettings(ClaimReader claims, LaunchExpectations expected) {
        Map<String, Object> settings = claims.object(LtiClaims.DEEP_LINKING_SETTINGS);
        String returnUrl = ClaimReader.member(settings, LtiClaims.DEEP_LINKING_SETTINGS, "deep_link_return_url");
        if (returnUrl == null || !returnUrl.matches("https?://.+")) {
            throw new LtiLaunchError(ReasonCode.DEEP_LINKING_SETTINGS_MISSING, "no usable deep_link_return_url");
        }
        // the request is kept until answered, and a return URL cut short would post the answer elsewhere
        if (returnUrl.length() > DeepLinkingRequests.MAX_RETURN_URL) {
            throw new LtiLaunchError(ReasonCode.CLAIM_MALFORMED, "deep_link_return_url of " + returnUrl.length()
                    + " characters, longer than " + DeepLinkingRequests.MAX_RETURN_URL);
        }
        List<String> accepted = ClaimReader.members(settings, LtiClaims.DEEP_LINKING_SETTINGS, "accept_types");
        if (!accepted.isEmpty() && !accepted.contains("ltiResourceLink")) {
            throw new LtiLaunchError(ReasonCode.DEEP_LINKING_TYPE_UNSUPPORTED, "accept_types " + accepted + " lack ltiResourceLink");
        }
    }

    // Adding the tool to a course is a teacher's act
    static void teacher(ClaimReader claims, LaunchExpectations expected) {
        if (LtiRole.from(claims.strings(LtiClaims.ROLES)).orElse(null) != LtiRole.TEACHER) {
            throw new LtiLaunchError(ReasonCode.ROLE_NOT_SUPPORTED, "a Deep Linking request from a non-teacher");
        }
    }

    // Core 5.3.3: deployment_id is required and must be registered for (iss, client_id)
    static void deployment(ClaimReader claims, LaunchExpectations expected) {
        String deploymentId = claims.string(LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new LtiLaunchError(ReasonCode.DEPLOYMENT_MISSING, "no deployment_id claim");
        }
        if (!expected.platform().acceptsDeployment(deploymentId)) {
            throw new LtiLaunchError(ReasonCode.DEPLOYMENT_UNKNOWN, "deployment " + deploymentId + " is not registered for "
                    + expected.platform().issuer() + " / " + expected.platform().clientId());
        }
    }

    // Core 5.3.6: sub identifies the user; anonymous launches cannot practise or be graded
    static void subject(ClaimReader claims, LaunchExpectations expected) {
        String sub = claims.claims().getSubject();
        if (sub == null || sub.isBlank()) {
            throw new LtiLaunchError(ReasonCode.SUB_MISSING, "anonymous launch (no sub)");
        }
    }

    // Core 5.3.4: target_link_uri is required; it must point at this tool and match the login's
    static void targetLinkUri(ClaimReader claims, LaunchExpectations expected) {
        String target = claims.string(LtiClaims.TARGET_LINK_URI);
        if (target == null || target.isBlank()) {
            throw new LtiLaunchError(ReasonCode.TARGET_LINK_URI_MISSING, "no target_link_uri claim");
        }
        if (!Origins.find(target).map(expected.toolOrigin()::equals).orElse(false)
                || !target.equals(expected.state().targetLinkUri())) {
            throw new LtiLaunchError(ReasonCode.TARGET_LINK_URI_MISMATCH, "target_link_uri " + target
                    + " differs from the login's " + expected.state().targetLinkUri());
        }
    }

    // Core 5.3.7: roles is required (it may be empty); the tool serves teachers and students
    static void roles(ClaimReader claims, LaunchExpectations expected) {
        List<String> roles = claims.strings(LtiClaims.ROLES);
        if (roles == null) {
            throw new LtiLaunchError(ReasonCode.ROLES_MISSING, "no roles claim");
        }
        if (LtiRole.from(roles).isEmpty()) {
            throw new LtiLaunchError(ReasonCode.ROLE_NOT_SUPPORTED, "roles " + roles + " are neither teacher nor student roles");
        }
    }

    // Core 5.3.5: a resource link launch carries resource_link.id
    static void resourceLink(ClaimReader claims, LaunchExpectations expected) {
        Map<String, Object> link = claims.object(LtiClaims.RESOURCE_LINK);
        String id = ClaimReader.member(link, LtiClaims.RESOURCE_LINK, "id");
        if (id == null || id.isBlank()) {
            throw new LtiLaunchError(ReasonCode.RESOURCE_LINK_MISSING, "no resource_link.id");
        }
    }

    // Core 5.4.1: context is optional in LTI, but practice belongs to a course
    static void context(ClaimReader claims, LaunchExpectations expected) {
        Map<String, Object> context = claims.object(LtiClaims.CONTEXT);
        String id = ClaimReader.member(context, LtiClaims.CONTEXT, "id");
        if (id == null || id.isBlank()) {
            throw new LtiLaunchError(ReasonCode.CONTEXT_MISSING, "no context.id: launched outside a course");
        }
    }
}
