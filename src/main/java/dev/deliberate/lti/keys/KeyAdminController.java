package dev.deliberate.lti.keys;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.deliberate.lti.web.AdminApi;

/**
 * Key rotation for operators: {@code POST next} publishes the next key (do it a day ahead so
 * platforms cache it), {@code POST rotate} signs with it and keeps the previous key published until
 * the tokens it signed have expired. Responses never contain key material.
 */
@AdminApi
@RestController
@RequestMapping("/admin/api/keys")
class KeyAdminController {

    private final ToolKeyring keyring;

    KeyAdminController(ToolKeyring keyring) {
        this.keyring = keyring;
    }

    @GetMapping
    List<ToolKeyInfo> list() {
        keyring.signingKey();
        return keyring.describe();
    }

    @PostMapping("/next")
    ToolKeyInfo next() {
        return keyring.prepareNext();
    }

    @PostMapping("/rotate")
    ToolKeyInfo rotate() {
        return keyring.rotate();
    }
}
