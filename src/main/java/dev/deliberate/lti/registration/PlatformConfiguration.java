package dev.deliberate.lti.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.registration.RegistrationRefused.Reason;

/**
 * A platform's OpenID configuration as Dynamic Registration reads it: the endpoints, the
 * registration endpoint, and from {@code lti-platform-configuration} the product family and the
 * messages it supports. Moodle and Canvas both publish this shape; fields either leaves out are
 * optional here.
 */
record PlatformConfiguration(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String registrationEndpoint,
        List<String> scopesSupported,
        List<String> authMethods,
        List<String> signingAlgorithms,
        String productFamily,
        String accountName,
        List<String> deepLinkingPlacements) {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    private static final String CANVAS_ACCOUNT_NAME = "https://canvas.instructure.com/lti/account_name";
    /** Every hosted Canvas uses one of these issuers, whatever the institution's own domain. */
    private static final Set<String> CANVAS_CLOUD_ISSUERS = Set.of("https://canvas.instructure.com",
            "https://canvas.beta.instructure.com", "https://canvas.test.instructure.com");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PlatformConfiguration parse(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        }
        catch (JacksonException e) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the OpenID configuration is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the OpenID configuration is not a JSON object");
        }
        JsonNode platform = json.path(PLATFORM_CONFIGURATION);
        List<String> deepLinking = new ArrayList<>();
        for (JsonNode message : platform.path("messages_supported")) {
            if ("LtiDeepLinkingRequest".equals(message.path("type").asString(""))) {
                message.path("placements").forEach(p -> deepLinking.add(p.asString("")));
                if (deepLinking.isEmpty()) {
                    deepLinking.add("");
                }
            }
        }
        return new PlatformConfiguration(required(json, "issuer"), required(json, "authorization_endpoint"),
                required(json, "token_endpoint"), required(json, "jwks_uri"), required(json, "registration_endpoint"),
                strings(json.path("scopes_supported")), strings(json.path("token_endpoint_auth_methods_supported")),
                strings(json.path("token_endpoint_auth_signing_alg_values_supported")),
                text(platform.path("product_family_code")), text(platform.path(CANVAS_ACCOUNT_NAME)), deepLinking);
    }

    /**
     * The check of LTI DR 1.0: the issuer must be on the host that served the configuration, so
     * no platform can register under another's name. Hosted Canvas is the one documented
     * exception: its issuer is {@code canvas.instructure.com} for every institution, whose own
     * domain serves the configuration; that is accepted for Instructure's hosts only.
     */
    void requireIssuerOf(URI configurationUrl) {
        URI issuerUri;
        try {
            issuerUri = URI.create(issuer);
        }
        catch (IllegalArgumentException e) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the issuer " + issuer + " is not a URL");
        }
        if (issuerUri.getHost() == null) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the issuer " + issuer + " is not an absolute URL");
        }
        String configHost = configurationUrl.getHost().toLowerCase(Locale.ROOT);
        boolean sameOrigin = issuerUri.getHost().equalsIgnoreCase(configHost) && port(issuerUri) == port(configurationUrl)
                && issuerUri.getScheme().equalsIgnoreCase(configurationUrl.getScheme());
        boolean hostedCanvas = CANVAS_CLOUD_ISSUERS.contains(issuer) && "https".equalsIgnoreCase(configurationUrl.getScheme())
                && (configHost.endsWith(".instructure.com") || configHost.endsWith(".canvaslms.com"));
        if (!sameOrigin && !hostedCanvas) {
            throw new RegistrationRefused(Reason.ISSUER_MISMATCH, "the configuration served by " + configurationUrl.getHost()
                    + " names the issuer " + issuer);
        }
    }

    /** Refuses a platform that cannot authenticate the tool the way it calls services. */
    void requirePrivateKeyJwt() {
        if (!authMethods.isEmpty() && !authMethods.contains("private_key_jwt")) {
            throw new RegistrationRefused(Reason.AUTH_METHOD_UNSUPPORTED, "token_endpoint_auth_methods_supported is " + authMethods);
        }
        if (!signingAlgorithms.isEmpty() && !signingAlgorithms.contains("RS256")) {
            throw new RegistrationRefused(Reason.AUTH_METHOD_UNSUPPORTED,
                    "token_endpoint_auth_signing_alg_values_supported is " + signingAlgorithms);
        }
    }

    boolean isCanvas() {
        return "canvas".equalsIgnoreCase(productFamily);
    }

    /** Public: the closing page's template reads it ({@code platform.moodle}), and SpEL sees public methods only. */
    public boolean isMoodle() {
        return "moodle".equalsIgnoreCase(productFamily);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String required(JsonNode json, String field) {
        String value = text(json.path(field));
        if (value == null || value.isBlank()) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the OpenID configuration has no " + field);
        }
        return value.strip();
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> {
            if (node.isString()) {
                values.add(node.asString());
            }
        });
        return values;
    }
}
