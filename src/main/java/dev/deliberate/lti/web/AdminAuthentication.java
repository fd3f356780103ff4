package dev.deliberate.lti.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dev.deliberate.lti.AdminProperties;

/**
 * Checks the operator's Basic credentials (user {@code admin}) against
 * {@code DELIBERATE_ADMIN_PASSWORD} in constant time. Without a configured password nobody passes.
 */
final class AdminAuthentication implements AuthenticationProvider {

    static final String USER = "admin";

    private final AdminProperties properties;

    AdminAuthentication(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (!properties.enabled() || credentials == null) {
            throw new BadCredentialsException("admin API closed or no password given");
        }
        boolean userOk = MessageDigest.isEqual(bytes(USER), bytes(user));
        boolean passwordOk = MessageDigest.isEqual(bytes(properties.password()), bytes(credentials.toString()));
        if (!userOk || !passwordOk) {
            throw new BadCredentialsException("wrong admin credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
