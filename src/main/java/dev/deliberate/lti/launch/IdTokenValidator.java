package dev.deliberate.lti.launch;

import java.text.ParseException;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.LtiProperties;

/**
 * Verifies an id_token as a JWS signed by the platform the login was started for, then applies the
 * claim rules. Only asymmetric algorithms are accepted, and only with a key of the matching type:
 * never {@code none}, never an HMAC keyed with the platform's public key.
 */
@Component
class IdTokenValidator {

    static final Set<JWSAlgorithm> ALLOWED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256);

    private final PlatformKeySets keySets;
    private final LtiProperties properties;

    IdTokenValidator(PlatformKeySets keySets, LtiProperties properties) {
        this.keySets = keySets;
        this.properties = properties;
    }

    /** The verified claims; throws {@link LtiLaunchError} with the first rule broken. */
    ClaimReader validate(String idToken, LaunchExpectations expected) {
        SignedJWT jwt = parse(idToken);
        JWSHeader header = jwt.getHeader();
        // SF 5.1.3 (6): the alg MUST be one the tool accepts, and asymmetric
        if (!ALLOWED.contains(header.getAlgorithm())) {
            throw new LtiLaunchError(ReasonCode.ALG_NOT_ALLOWED, "alg " + header.getAlgorithm() + " is not accepted");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new LtiLaunchError(ReasonCode.KID_MISSING, "JWS header has no kid");
        }
        JWK key = keySets.find(expected.platform(), header.getKeyID());
        // SF 5.1.3 (1): the signature MUST verify with the platform's key
        verify(jwt, key);
        ClaimReader claims = claims(jwt);
        IdTokenRules.EVERY_MESSAGE.forEach(rule -> rule.check(claims, expected));
        boolean deepLinking = LtiClaims.DEEP_LINKING_REQUEST.equals(claims.string(LtiClaims.MESSAGE_TYPE));
        (deepLinking ? IdTokenRules.DEEP_LINKING_REQUEST : IdTokenRules.RESOURCE_LINK_LAUNCH).forEach(rule -> rule.check(claims, expected));
        return claims;
    }

    private SignedJWT parse(String idToken) {
        if (idToken.length() > properties.maxIdTokenLength()) {
            throw new LtiLaunchError(ReasonCode.TOKEN_TOO_LARGE, "id_token of " + idToken.length() + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken.trim());
        }
        catch (ParseException e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_MALFORMED, "not a JWT: " + e.getMessage());
        }
        if (jwt instanceof PlainJWT) {
            throw new LtiLaunchError(ReasonCode.ALG_NONE, "unsigned JWT (alg none)");
        }
        if (jwt instanceof EncryptedJWT) {
            throw new LtiLaunchError(ReasonCode.TOKEN_ENCRYPTED, "encrypted id_tokens are not supported");
        }
        return (SignedJWT) jwt;
    }

    private static void verify(SignedJWT jwt, JWK key) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        try {
            JWSVerifier verifier = verifierFor(alg, key);
            if (!jwt.verify(verifier)) {
                throw new LtiLaunchError(ReasonCode.SIGNATURE_INVALID, "signature does not verify with key " + key.getKeyID());
            }
        }
        catch (JOSEException e) {
            throw new LtiLaunchError(ReasonCode.SIGNATURE_INVALID, "signature check failed: " + e.getMessage());
        }
    }

    private static JWSVerifier verifierFor(JWSAlgorithm alg, JWK key) throws JOSEException {
        if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(alg.getName())) {
            throw new LtiLaunchError(ReasonCode.ALG_KEY_MISMATCH, "alg " + alg + " but key " + key.getKeyID() + " is for " + key.getAlgorithm());
        }
        if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (alg.equals(JWSAlgorithm.ES256) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        throw new LtiLaunchError(ReasonCode.ALG_KEY_MISMATCH, "alg " + alg + " does not fit key type " + key.getKeyType());
    }

    private static ClaimReader claims(SignedJWT jwt) {
        try {
            return new ClaimReader(jwt.getJWTClaimsSet());
        }
        catch (ParseException e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_NOT_JSON, "payload is not a JSON object: " + e.getMessage());
        }
    }
}
