package dev.deliberate.demoplatform.registration;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.demoplatform.JsonFields;
import dev.deliberate.demoplatform.client.ToolClient;

/**
 * The registration endpoint of LTI Dynamic Registration 1.0: a tool holding a
 * registration token the platform issued posts its configuration and gets a client_id and a
 * deployment back. Errors follow RFC 7591 section 3.2.2.
 */
@RestController
@Profile("demo")
class DemoRegistrationController {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrationController.class);
    private static final String BEARER = "bearer ";

    private final RegistrationTokens tokens;
    private final Registrations registrations;

    DemoRegistrationController(RegistrationTokens tokens, Registrations registrations) {
        this.tokens = tokens;
        this.registrations = registrations;
    }

    @PostMapping(path = "/demo/registration", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> register(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        String token = bearer(authorization);
        if (token == null || !tokens.usable(token)) {
            return invalidToken();
        }
        ToolRegistration registration = ToolRegistration.read(JsonFields.of(body));
        Optional<ToolClient> client = registrations.register(token, registration, body.toString());
        if (client.isEmpty()) {
            return invalidToken();
        }
        log.info("Demo platform registered tool client_id={} name={} scopes={}", client.get().clientId(),
                client.get().name(), registration.grantedScopes());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(answer((ObjectNode) body, client.get(), registration));
    }

    @ExceptionHandler(JsonFields.Invalid.class)
    ResponseEntity<Object> invalid(JsonFields.Invalid e) {
        log.warn("Demo platform refused a registration: {}", e.getMessage());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "invalid_client_metadata", "error_description", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        return invalid(new JsonFields.Invalid("the registration must be a JSON object"));
    }

    /** The registration as received, with the client_id, the granted scope and the deployment (LTI DR 1.0, registration response). */
    private static ObjectNode answer(ObjectNode request, ToolClient client, ToolRegistration registration) {
        ObjectNode answer = request.deepCopy();
        answer.put("client_id", client.clientId());
        answer.put("scope", String.join(" ", registration.grantedScopes()));
        ((ObjectNode) answer.get(ToolRegistration.TOOL_CONFIGURATION)).put("deployment_id", client.deploymentId());
        return answer;
    }

    private static ResponseEntity<Object> invalidToken() {
        log.warn("Demo platform refused a registration: registration token missing, unknown, expired or used");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "invalid_token", "error_description",
                        "the registration token is missing, unknown, expired or already used"));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
