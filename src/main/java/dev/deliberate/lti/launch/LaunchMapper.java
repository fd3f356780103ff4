package dev.deliberate.lti.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;
import dev.deliberate.lti.platform.Registration;

/** Copies the verified claims of a launch into the {@link LtiLaunch} the application receives. */
final class LaunchMapper {

    private static final int MAX_CUSTOM_VALUE = 1000;

    private LaunchMapper() {
    }

    static LtiLaunch toLaunch(ClaimReader claims, Registration platform) {
        JWTClaimsSet set = claims.claims();
        List<String> roles = claims.strings(LtiClaims.ROLES);
        Map<String, Object> context = claims.object(LtiClaims.CONTEXT);
        Map<String, Object> link = claims.object(LtiClaims.RESOURCE_LINK);
        Map<String, Object> presentation = claims.object(LtiClaims.LAUNCH_PRESENTATION);
        return new LtiLaunch(
                new LtiLaunch.PlatformRef(platform.id(), platform.issuer(), platform.clientId()),
                claims.string(LtiClaims.DEPLOYMENT_ID),
                claims.string(LtiClaims.MESSAGE_TYPE),
                set.getSubject(),
                new LtiLaunch.Person(claims.string("name"), claims.string("given_name"), claims.string("family_name"),
                        claims.string("email")),
                LtiRole.from(roles).orElseThrow(),
                roles,
                new LtiLaunch.Context(ClaimReader.member(context, LtiClaims.CONTEXT, "id"),
                        ClaimReader.member(context, LtiClaims.CONTEXT, "title"),
                        ClaimReader.member(context, LtiClaims.CONTEXT, "label")),
                link == null ? null : new LtiLaunch.ResourceLink(ClaimReader.member(link, LtiClaims.RESOURCE_LINK, "id"),
                        ClaimReader.member(link, LtiClaims.RESOURCE_LINK, "title")),
                claims.string(LtiClaims.TARGET_LINK_URI),
                custom(claims.object(LtiClaims.CUSTOM)),
                ClaimReader.member(presentation, LtiClaims.LAUNCH_PRESENTATION, "locale"),
                ClaimReader.member(presentation, LtiClaims.LAUNCH_PRESENTATION, "return_url"),
                services(claims),
                family(claims.object(LtiClaims.TOOL_PLATFORM)),
                null);
    }

    /** The Deep Linking settings of a request, or null for a resource link launch. */
    static DeepLinkingClaim deepLinking(ClaimReader claims) {
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(claims.string(LtiClaims.MESSAGE_TYPE))) {
            return null;
        }
        Map<String, Object> settings = claims.object(LtiClaims.DEEP_LINKING_SETTINGS);
        Object multiple = settings.get("accept_multiple");
        String data = ClaimReader.member(settings, LtiClaims.DEEP_LINKING_SETTINGS, "data");
        if (data != null && data.length() > 2048) {
            throw new LtiLaunchError(ReasonCode.CLAIM_MALFORMED, "deep_linking_settings.data longer than 2048 characters");
        }
        return new DeepLinkingClaim(ClaimReader.member(settings, LtiClaims.DEEP_LINKING_SETTINGS, "deep_link_return_url"), data,
                Boolean.TRUE.equals(multiple) || "true".equals(multiple),
                ClaimReader.member(settings, LtiClaims.DEEP_LINKING_SETTINGS, "title"));
    }

    /** What a Deep Linking request asks the response to do. */
    record DeepLinkingClaim(String returnUrl, String data, boolean acceptMultiple, String title) {
    }

    private static String family(Map<String, Object> platform) {
        String family = ClaimReader.member(platform, LtiClaims.TOOL_PLATFORM, "product_family_code");
        return family == null || family.isBlank() ? null : family.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> custom(Map<String, Object> custom) {
        Map<String, String> values = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((key, value) -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    String text = value.toString();
                    values.put(key, text.length() > MAX_CUSTOM_VALUE ? text.substring(0, MAX_CUSTOM_VALUE) : text);
                }
            });
        }
        return Map.copyOf(values);
    }

    private static LtiLaunch.Services services(ClaimReader claims) {
        Map<String, Object> ags = claims.object(LtiClaims.AGS_ENDPOINT);
        Map<String, Object> nrps = claims.object(LtiClaims.NRPS);
        return new LtiLaunch.Services(
                ClaimReader.member(ags, LtiClaims.AGS_ENDPOINT, "lineitems"),
                ClaimReader.member(ags, LtiClaims.AGS_ENDPOINT, "lineitem"),
                ClaimReader.members(ags, LtiClaims.AGS_ENDPOINT, "scope"),
                ClaimReader.member(nrps, LtiClaims.NRPS, "context_memberships_url"));
    }
}
