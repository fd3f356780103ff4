package dev.deliberate.demoplatform.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.AdvantageScopes;

/**
 * The platform's OpenID configuration (LTI DR 1.0), public, at the issuer's
 * {@code /.well-known/openid-configuration} so a tool can check that its issuer matches the URL.
 */
@RestController
@Profile("demo")
class OpenIdConfigurationController {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    private final DemoProperties properties;

    OpenIdConfigurationController(DemoProperties properties) {
        this.properties = properties;
    }

    @GetMapping(path = "/demo/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> configuration() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", properties.issuer());
        json.put("authorization_endpoint", properties.url("/demo/authorize"));
        json.put("token_endpoint", properties.url("/demo/token"));
        json.put("jwks_uri", properties.url("/demo/jwks"));
        json.put("registration_endpoint", properties.url("/demo/registration"));
        json.put("scopes_supported", Stream.concat(Stream.of("openid"), AdvantageScopes.ALL.stream()).toList());
        json.put("response_types_supported", List.of("id_token"));
        json.put("response_modes_supported", List.of("form_post"));
        json.put("grant_types_supported", List.of("implicit", "client_credentials"));
        json.put("subject_types_supported", List.of("public"));
        json.put("id_token_signing_alg_values_supported", List.of("RS256"));
        json.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        json.put("token_endpoint_auth_signing_alg_values_supported",
                List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384"));
        json.put("claims_supported", List.of("iss", "aud", "sub", "iat", "exp", "nonce", "azp", "name", "given_name",
                "family_name", "email"));
        json.put(PLATFORM_CONFIGURATION, Map.of("product_family_code", "deliberate-demo", "version", "1",
                "messages_supported", List.of(Map.of("type", "LtiResourceLinkRequest"), Map.of("type", "LtiDeepLinkingRequest"))));
        return json;
    }
}
