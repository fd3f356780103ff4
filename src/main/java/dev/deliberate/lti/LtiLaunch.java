package dev.deliberate.lti;

import java.util.List;
import java.util.Map;

/**
 * A launch whose id_token passed every check of the 1EdTech security framework and the LTI 1.3
 * core rules. Values are copied from the claims; optional claims are null when absent.
 *
 * @param platform      the registration the launch came through
 * @param deploymentId  the {@code deployment_id} claim, registered for this platform
 * @param messageType   the {@code message_type} claim
 * @param subject       the {@code sub} claim: the user's stable id at the platform
 * @param person        name and email as far as the platform shares them
 * @param role          what the user may do in the tool, mapped from {@code roles}
 * @param roles         the {@code roles} claim as sent
 * @param context       the course the launch comes from
 * @param resourceLink  the link (assignment) launched; null for deep linking
 * @param targetLinkUri the {@code target_link_uri} claim
 * @param custom        the {@code custom} claim (string values only)
 * @param locale        {@code launch_presentation.locale}, or null
 * @param returnUrl     {@code launch_presentation.return_url}, or null
 * @param services      AGS and NRPS endpoints offered by the platform for this launch
 * @param platformFamily {@code tool_platform.product_family_code} (e.g. {@code canvas}, {@code moodle}), or null
 * @param deepLinking   for an {@code LtiDeepLinkingRequest}, the request to answer; null for a resource link launch
 */
public record LtiLaunch(
        PlatformRef platform,
        String deploymentId,
        String messageType,
        String subject,
        Person person,
        LtiRole role,
        List<String> roles,
        Context context,
        ResourceLink resourceLink,
        String targetLinkUri,
        Map<String, String> custom,
        String locale,
        String returnUrl,
        Services services,
        String platformFamily,
        DeepLinking deepLinking) {

    /** Whether this launch asks the teacher to choose content (Deep Linking) rather than open a link. */
    public boolean isDeepLinking() {
        return deepLinking != null;
    }

    /** The same launch answering the stored Deep Linking request. */
    public LtiLaunch withDeepLinking(DeepLinking request) {
        return new LtiLaunch(platform, deploymentId, messageType, subject, person, role, roles, context, resourceLink,
                targetLinkUri, custom, locale, returnUrl, services, platformFamily, request);
    }

    /**
     * A Deep Linking request, stored by the protocol layer until the tool answers it.
     *
     * @param requestId     the stored request's id, to answer it with {@code DeepLinkingResponses}
     * @param title         the platform's suggested title, or null
     * @param acceptMultiple whether several items may be returned
     */
    public record DeepLinking(String requestId, String title, boolean acceptMultiple) {
    }

    /** The registration a launch came through, keyed by (issuer, client_id). */
    public record PlatformRef(long id, String issuer, String clientId) {
    }

    public record Person(String name, String givenName, String familyName, String email) {
    }

    public record Context(String id, String title, String label) {
    }

    public record ResourceLink(String id, String title) {
    }

    /**
     * Service endpoints from the AGS and NRPS claims.
     *
     * @param lineItems       the AGS line items container, or null
     * @param lineItem        the AGS line item of this link, or null
     * @param agsScopes       the AGS scopes granted
     * @param membershipsUrl  the NRPS context memberships URL, or null
     */
    public record Services(String lineItems, String lineItem, List<String> agsScopes, String membershipsUrl) {

        public static Services none() {
            return new Services(null, null, List.of(), null);
        }
    }
}
