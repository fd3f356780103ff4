package dev.deliberate.lti.registration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.deliberate.lti.services.ServiceScopes;
import dev.deliberate.shared.ToolUrls;

/**
 * How Deliberate describes itself to a platform, from this deployment's own URLs: the one source
 * for the Dynamic Registration request and the Canvas developer key JSON, so the two never drift.
 */
@Component
public class ToolDescription {

    static final String DESCRIPTION = "Adaptive deliberate practice: varied problems, feedback on the exact step of each "
            + "error, spaced review and reflection, with mastery posted to the gradebook.";
    /** Scopes the tool asks for: the four of AGS and the roster of NRPS. */
    static final List<String> SCOPES = List.of(ServiceScopes.LINE_ITEM, ServiceScopes.LINE_ITEM_READ,
            ServiceScopes.RESULT_READ, ServiceScopes.SCORE, ServiceScopes.MEMBERSHIPS);
    /** OpenID claims the tool uses: names for the teacher's class view, locale for the language. */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale");
    /** Custom parameter telling the tool a launch came from the course navigation (the teacher's view). */
    static final String PLACEMENT_PARAMETER = "deliberate_placement";

    private final ToolUrls urls;
    private final RegistrationProperties properties;

    ToolDescription(ToolUrls urls, RegistrationProperties properties) {
        this.urls = urls;
        this.properties = properties;
    }

    public String name() {
        return properties.toolName();
    }

    public String loginUrl() {
        return urls.url("/lti/login");
    }

    public String launchUrl() {
        return urls.url("/lti/launch");
    }

    public String jwksUrl() {
        return urls.url("/.well-known/jwks.json");
    }

    /** The host (and port, when not the default) the platform should expect the tool on. */
    public String domain() {
        URI base = URI.create(urls.url(""));
        return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /**
     * The client metadata of an LTI DR 1.0 registration request. {@code deepLinkingPlacements}
     * are the placements the platform offers for Deep Linking (Canvas names its own; Moodle uses
     * {@code ContentArea}); {@code scopes} are those requested.
     */
    Map<String, Object> registrationRequest(PlatformConfiguration platform, List<String> scopes) {
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("domain", domain());
        tool.put("target_link_uri", launchUrl());
        tool.put("description", DESCRIPTION);
        tool.put("claims", CLAIMS);
        tool.put("custom_parameters", Map.of());
        tool.put("messages", messages(platform));
        if (platform.isCanvas()) {
            tool.put("https://canvas.instructure.com/lti/privacy_level", "public");
            tool.put("https://canvas.instructure.com/lti/tool_id", "deliberate");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", loginUrl());
        request.put("redirect_uris", List.of(launchUrl()));
        request.put("client_name", name());
        request.put("client_uri", urls.url("/"));
        request.put("jwks_uri", jwksUrl());
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", String.join(" ", scopes));
        request.put("https://purl.imsglobal.org/spec/lti-tool-configuration", tool);
        return request;
    }

    private List<Map<String, Object>> messages(PlatformConfiguration platform) {
        Map<String, Object> deepLinking = new LinkedHashMap<>();
        deepLinking.put("type", "LtiDeepLinkingRequest");
        deepLinking.put("target_link_uri", launchUrl());
        deepLinking.put("label", name() + " practice");
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("type", "LtiResourceLinkRequest");
        dashboard.put("target_link_uri", launchUrl());
        dashboard.put("label", name());
        dashboard.put("custom_parameters", Map.of(PLACEMENT_PARAMETER, "course_navigation"));
        if (platform.isCanvas()) {
            deepLinking.put("placements", List.of("assignment_selection", "link_selection"));
            dashboard.put("placements", List.of("course_navigation"));
            dashboard.put("https://canvas.instructure.com/lti/visibility", "admins");
            dashboard.put("https://canvas.instructure.com/lti/course_navigation/default_enabled", true);
            return List.of(deepLinking, dashboard);
        }
        List<String> offered = platform.deepLinkingPlacements().stream().filter(p -> !p.isBlank()).toList();
        if (!offered.isEmpty()) {
            deepLinking.put("placements", offered.contains("ContentArea") ? List.of("ContentArea") : offered);
        }
        return List.of(deepLinking);
    }

    /** The Canvas developer key (LTI 1.3 JSON configuration) with this deployment's URLs. */
    public Map<String, Object> canvasDeveloperKey() {
        Map<String, Object> assignment = placement("assignment_selection", "LtiDeepLinkingRequest", name() + " practice");
        Map<String, Object> link = placement("link_selection", "LtiDeepLinkingRequest", name() + " practice");
        Map<String, Object> navigation = placement("course_navigation", "LtiResourceLinkRequest", name());
        navigation.put("visibility", "admins");
        navigation.put("default", "enabled");
        navigation.put("custom_fields", Map.of(PLACEMENT_PARAMETER, "course_navigation"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("text", name());
        settings.put("platform", "canvas.instructure.com");
        settings.put("placements", List.of(assignment, link, navigation));
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("platform", "canvas.instructure.com");
        extension.put("domain", domain());
        extension.put("tool_id", "deliberate");
        extension.put("privacy_level", "public");
        extension.put("settings", settings);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("title", name());
        key.put("description", DESCRIPTION);
        key.put("oidc_initiation_url", loginUrl());
        key.put("target_link_uri", launchUrl());
        key.put("public_jwk_url", jwksUrl());
        key.put("scopes", SCOPES);
        key.put("extensions", List.of(extension));
        key.put("custom_fields", Map.of());
        return key;
    }

    private Map<String, Object> placement(String placement, String messageType, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("placement", placement);
        json.put("message_type", messageType);
        json.put("target_link_uri", launchUrl());
        json.put("text", text);
        return json;
    }
}
