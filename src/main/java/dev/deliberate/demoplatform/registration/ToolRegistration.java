package dev.deliberate.demoplatform.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.shared.Origins;

/**
 * A tool's registration request (LTI DR 1.0: OpenID Connect client metadata plus the LTI
 * tool configuration), checked rule by rule. What the platform grants is a subset of what it asks.
 */
record ToolRegistration(String clientName, String initiateLoginUri, List<String> redirectUris, String jwksUri,
        String targetLinkUri, String deepLinkingUri, List<String> grantedScopes, Map<String, String> custom) {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    static ToolRegistration read(JsonFields request) {
        require("web".equals(request.text("application_type")), "application_type must be web");
        require(request.texts("response_types").contains("id_token"), "response_types must contain id_token");
        require(request.texts("grant_types").containsAll(List.of("implicit", "client_credentials")),
                "grant_types must contain implicit and client_credentials");
        require("private_key_jwt".equals(request.text("token_endpoint_auth_method")),
                "token_endpoint_auth_method must be private_key_jwt");
        String clientName = request.requiredText("client_name");
        String login = url(request.requiredText("initiate_login_uri"), "initiate_login_uri");
        List<String> redirects = request.texts("redirect_uris").stream().map(u -> url(u, "redirect_uris")).toList();
        require(!redirects.isEmpty(), "redirect_uris must name at least one URL");
        String jwks = url(request.requiredText("jwks_uri"), "jwks_uri");
        JsonFields lti = request.object(TOOL_CONFIGURATION);
        String target = url(lti.requiredText("target_link_uri"), "target_link_uri");
        checkDomain(lti.requiredText("domain"), Stream.concat(Stream.of(login, target), redirects.stream()).toList());
        return new ToolRegistration(clientName, login, redirects, jwks, target, deepLinkingTarget(lti), granted(request),
                lti.textMap("custom_parameters"));
    }

    /** The requested Advantage scopes the platform offers; others are dropped (RFC 7591 2: the server may reduce scope). */
    private static List<String> granted(JsonFields request) {
        String scope = request.text("scope");
        List<String> asked = scope == null ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
        return AdvantageScopes.ALL.stream().filter(asked::contains).toList();
    }

    /** The target_link_uri of the LtiDeepLinkingRequest message, if the tool gave one (LTI DR 1.0, tool configuration messages). */
    private static String deepLinkingTarget(JsonFields lti) {
        List<String> found = new ArrayList<>();
        lti.objects("messages").stream().filter(m -> "LtiDeepLinkingRequest".equals(m.text("type")))
                .map(m -> m.text("target_link_uri")).filter(Objects::nonNull).forEach(found::add);
        return found.isEmpty() ? null : url(found.get(0), "messages.target_link_uri");
    }

    /** The tool's URLs must be on its domain: the host, or host:port, or a subdomain of it. */
    private static void checkDomain(String domain, List<String> urls) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        for (String url : urls) {
            URI uri = URI.create(url);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String hostPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
            boolean inside = Stream.of(host, hostPort).anyMatch(h -> h.equals(wanted) || h.endsWith("." + wanted));
            require(inside, url + " is not on the tool's domain " + domain);
        }
    }

    private static String url(String value, String name) {
        require(Origins.find(value).isPresent() && !value.contains("#"), name + " must be an absolute http(s) URL without fragment");
        return value;
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new JsonFields.Invalid(otherwise);
        }
    }
}
