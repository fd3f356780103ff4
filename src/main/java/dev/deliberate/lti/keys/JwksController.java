package dev.deliberate.lti.keys;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tool's public keys, where platforms fetch them to verify the tool's JWTs. */
@RestController
class JwksController {

    private final ToolKeyring keyring;

    JwksController(ToolKeyring keyring) {
        this.keyring = keyring;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(keyring.publicJwksJson());
    }
}
