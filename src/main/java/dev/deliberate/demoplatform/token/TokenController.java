package dev.deliberate.demoplatform.token;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.demoplatform.client.ToolClient;

/**
 * The platform's OAuth 2 token endpoint for LTI Advantage services: the client credentials grant
 * with a JWT client assertion (LTI Security Framework, RFC 7523), answering a bearer token.
 */
@RestController
@Profile("demo")
class TokenController {

    private static final Logger log = LoggerFactory.getLogger(TokenController.class);
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ClientAssertions assertions;
    private final DemoAccessTokens tokens;

    TokenController(ClientAssertions assertions, DemoAccessTokens tokens) {
        this.assertions = assertions;
        this.tokens = tokens;
    }

    @PostMapping(path = "/demo/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form) {
        ToolClient client = authenticated(form);
        List<String> granted = grantable(client, single(form, "scope"));
        String token = tokens.issue(client.clientId(), granted);
        log.info("Demo platform issued an access token client_id={} scope={}", client.clientId(), granted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", DemoAccessTokens.LIFETIME.toSeconds());
        body.put("scope", String.join(" ", granted));
        return noStore(ResponseEntity.ok()).body(body);
    }

    @ExceptionHandler(TokenError.class)
    ResponseEntity<Map<String, Object>> refused(TokenError error) {
        log.warn("Demo platform refused a token request error={} reason={}", error.code(), error.getMessage());
        return noStore(ResponseEntity.status(error.status()))
                .body(Map.of("error", error.code(), "error_description", error.getMessage()));
    }

    private ToolClient authenticated(MultiValueMap<String, String> form) {
        ToolClient client = assertions.authenticate(clientAssertion(form));
        String clientId = single(form, "client_id");
        if (clientId != null && !clientId.equals(client.clientId())) {
            // RFC 7521 4.2: a client_id given beside the assertion must name the same client
            throw TokenError.invalidClient("client_id " + clientId + " is not the client that signed the assertion");
        }
        return client;
    }

    /** The client assertion of a well-formed client credentials request (LTI Security Framework, RFC 7523 section 2.2). */
    private static String clientAssertion(MultiValueMap<String, String> form) {
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            throw TokenError.invalidRequest("grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw TokenError.unsupportedGrantType("grant_type must be client_credentials, was " + grantType);
        }
        if (!JWT_BEARER.equals(single(form, "client_assertion_type"))) {
            throw TokenError.invalidRequest("client_assertion_type must be " + JWT_BEARER);
        }
        String assertion = single(form, "client_assertion");
        if (assertion == null) {
            throw TokenError.invalidRequest("client_assertion is required");
        }
        return assertion;
    }

    /** The requested scopes this client may have; unknown scopes and none at all are refused (RFC 6749 3.3). */
    private static List<String> grantable(ToolClient client, String scope) {
        if (scope == null || scope.isBlank()) {
            throw TokenError.invalidScope("scope is required: one or more LTI Advantage scopes");
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        List<String> unknown = requested.stream().filter(s -> !AdvantageScopes.ALL.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw TokenError.invalidScope("unknown scope " + String.join(" ", unknown));
        }
        List<String> granted = requested.stream().filter(client::allows).toList();
        if (granted.isEmpty()) {
            throw TokenError.invalidScope("client " + client.clientId() + " may have none of the scopes " + scope);
        }
        return granted;
    }

    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            // RFC 6749 3.2: request parameters MUST NOT be included more than once
            throw TokenError.invalidRequest(name + " is repeated");
        }
        return values.get(0);
    }

    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder response) {
        // RFC 6749 5.1: token responses are never cached
        return response.cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").contentType(MediaType.APPLICATION_JSON);
    }
}
