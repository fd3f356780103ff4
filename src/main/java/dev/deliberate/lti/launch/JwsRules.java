package dev.deliberate.lti.launch;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.X509CertUtils;

import dev.deliberate.lti.platform.Registration;

/**
 * The rules of RFC 7515 (JWS) and RFC 7519 (JWT) that an id_token's protected header must meet,
 * besides LTI's own: each one rule with its own reason code. The key that checks a signature is
 * always the one the registration's JWKS publishes under the header's {@code kid}; a key or key URL
 * carried in the header is never used, and one that names anything else refuses the token.
 */
final class JwsRules {

    /** Asymmetric algorithms only; each needs a key of its own type (checked with the key). */
    static final Set<JWSAlgorithm> ALLOWED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256);

    /** NIST SP 800-131A: RSA keys under 2048 bits no longer protect a signature. */
    static final int MIN_RSA_BITS = 2048;

    /** Rules checked before any key is looked up or touched. */
    static final List<HeaderRule> BEFORE_KEY = List.of(
            JwsRules::algorithm,
            JwsRules::critical,
            JwsRules::type,
            JwsRules::keyId);

    /** Rules on the key the registration publishes under the header's kid. */
    static final List<KeyRule> WITH_KEY = List.of(
            JwsRules::keyStrength,
            JwsRules::embeddedKeys);

    private JwsRules() {
    }

    // SF 5.1.3 (6), RFC 8725 §3.1: the alg MUST be one the tool accepts, and asymmetric
    static void algorithm(JWSHeader header) {
        if (!ALLOWED.contains(header.getAlgorithm())) {
            throw new LtiLaunchError(ReasonCode.ALG_NOT_ALLOWED, "alg " + header.getAlgorithm() + " is not accepted");
        }
    }

    // RFC 7515 §4.1.11: a recipient MUST reject a JWS whose crit names an extension it does not
    // understand; this tool understands none
    static void critical(JWSHeader header) {
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new LtiLaunchError(ReasonCode.CRIT_UNSUPPORTED, "crit " + header.getCriticalParams() + " names extensions the tool does not implement");
        }
    }

    // RFC 7519 §5.1, RFC 8725 §3.11: typ is optional; when present it must say JWT, not another kind of token
    static void type(JWSHeader header) {
        JOSEObjectType type = header.getType();
        if (type == null) {
            return;
        }
        String value = type.getType();
        if (!value.equalsIgnoreCase("JWT") && !value.equalsIgnoreCase("application/jwt")) {
            throw new LtiLaunchError(ReasonCode.TYP_NOT_JWT, "typ " + value + " is not JWT");
        }
    }

    // SF 5.1.3 (1), LTI Security Framework 6.3: kid names the platform key; required even with one key
    static void keyId(JWSHeader header) {
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new LtiLaunchError(ReasonCode.KID_MISSING, "JWS header has no kid");
        }
    }

    // RFC 8725 §3.5: key strength; an EC key must be on the curve of its algorithm (checked with the verifier)
    static void keyStrength(JWSHeader header, JWK key, Registration platform) {
        if (key instanceof RSAKey rsa && rsa.size() < MIN_RSA_BITS) {
            throw new LtiLaunchError(ReasonCode.KEY_TOO_WEAK, "key " + key.getKeyID() + " of " + platform.issuer() + " is RSA "
                    + rsa.size() + " bits, under " + MIN_RSA_BITS);
        }
    }

    // RFC 8725 §3.10, RFC 7515 §4.1.2–4.1.6: jku, x5u, jwk, x5c are never used to choose a key; a token
    // whose header names a key or key URL other than the registration's own is refused
    static void embeddedKeys(JWSHeader header, JWK key, Registration platform) {
        if (header.getJWKURL() != null && !header.getJWKURL().toString().equals(platform.jwksUri())) {
            throw foreign("jku " + header.getJWKURL() + " is not the registered JWKS " + platform.jwksUri());
        }
        if (header.getX509CertURL() != null) {
            throw foreign("x5u " + header.getX509CertURL() + ": certificates are never fetched from a token's header");
        }
        if (header.getJWK() != null && !samePublicKey(header.getJWK(), key)) {
            throw foreign("an embedded jwk other than the registered key " + key.getKeyID());
        }
        if (header.getX509CertChain() != null && !header.getX509CertChain().isEmpty()) {
            X509Certificate leaf = X509CertUtils.parse(header.getX509CertChain().get(0).decode());
            if (leaf == null || !leaf.getPublicKey().equals(publicKey(key))) {
                throw foreign("an x5c certificate for another key than the registered key " + key.getKeyID());
            }
        }
    }

    private static boolean samePublicKey(JWK embedded, JWK registered) {
        try {
            return embedded.computeThumbprint().equals(registered.computeThumbprint());
        }
        catch (JOSEException e) {
            return false;
        }
    }

    private static PublicKey publicKey(JWK key) {
        try {
            return key instanceof AsymmetricJWK asymmetric ? asymmetric.toPublicKey() : null;
        }
        catch (JOSEException e) {
            return null;
        }
    }

    private static LtiLaunchError foreign(String detail) {
        return new LtiLaunchError(ReasonCode.HEADER_KEY_FOREIGN, detail);
    }

    /** A rule on the protected header alone. */
    @FunctionalInterface
    interface HeaderRule {
        void check(JWSHeader header);
    }

    /** A rule on the header and the registered key its kid names. */
    @FunctionalInterface
    interface KeyRule {
        void check(JWSHeader header, JWK key, Registration platform);
    }
}
