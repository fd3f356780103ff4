package dev.deliberate.lti.launch;

import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.LtiProperties;

/**
 * Verifies an id_token as a JWS signed by the platform the login was started for, then applies the
 * claim rules. The header must pass every JOSE rule ({@link JwsRules}) before a key is touched;
 * header and payload are read strictly ({@link StrictJson}).
 */
@Component
class IdTokenValidator {

    private final PlatformKeySets keySets;
    private final LtiProperties properties;
    /**
     * A verifier per platform key (by the key's content): building one checks the key and sets up
     * its public key object, a tenth of the id_token's checks; verifiers are thread-safe.
     */
    private final Cache<JWK, JWSVerifier> verifiers = Caffeine.newBuilder().maximumSize(1_000).build();

    IdTokenValidator(PlatformKeySets keySets, LtiProperties properties) {
        this.keySets = keySets;
        this.properties = properties;
    }

    /** The verified claims; throws {@link LtiLaunchError} with the first rule broken. */
    ClaimReader validate(String idToken, LaunchExpectations expected) {
        SignedJWT jwt = parse(idToken);
        JWSHeader header = jwt.getHeader();
        JwsRules.BEFORE_KEY.forEach(rule -> rule.check(header));
        JWK key = keySets.find(expected.platform(), header.getKeyID());
        JwsRules.WITH_KEY.forEach(rule -> rule.check(header, key, expected.platform()));
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
        String compact = idToken.trim();
        strictHeader(compact);
        JWT jwt;
        try {
            jwt = JWTParser.parse(compact);
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

    // RFC 7515 §4: header member names MUST be unique; a header that is no JSON object is left to the parser's TOKEN_MALFORMED
    private static void strictHeader(String compact) {
        int dot = compact.indexOf('.');
        if (dot <= 0) {
            return;
        }
        try {
            StrictJson.object(new Base64URL(compact.substring(0, dot)).decode());
        }
        catch (StrictJson.DuplicateMember e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_DUPLICATE_MEMBER, "JOSE header: " + e.getMessage());
        }
        catch (StrictJson.NotAnObject | IllegalArgumentException e) {
            // reported by JWTParser below, with its own words
        }
    }

    private void verify(SignedJWT jwt, JWK key) {
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

    private JWSVerifier verifierFor(JWSAlgorithm alg, JWK key) throws JOSEException {
        if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(alg.getName())) {
            throw new LtiLaunchError(ReasonCode.ALG_KEY_MISMATCH, "alg " + alg + " but key " + key.getKeyID() + " is for " + key.getAlgorithm());
        }
        boolean rsa = JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey;
        // RFC 7518 §3.4: ES256 is ECDSA on P-256 and nothing else
        boolean ec = alg.equals(JWSAlgorithm.ES256) && key instanceof ECKey ecKey && Curve.P_256.equals(ecKey.getCurve());
        if (!rsa && !ec) {
            throw new LtiLaunchError(ReasonCode.ALG_KEY_MISMATCH, "alg " + alg + " does not fit key type " + key.getKeyType());
        }
        JWSVerifier cached = verifiers.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        JWSVerifier verifier = rsa ? new RSASSAVerifier((RSAKey) key) : new ECDSAVerifier((ECKey) key);
        verifiers.put(key, verifier);
        return verifier;
    }

    // RFC 7519 §7.2 (10): the payload MUST be a JSON object; names unique (§4); registered claims of their types (§4.1)
    private static ClaimReader claims(SignedJWT jwt) {
        Map<String, Object> members;
        try {
            // the JDK's decoder: the library's own was a sixth of the id_token's checks
            members = StrictJson.object(Base64.getUrlDecoder().decode(jwt.getParsedParts()[1].toString()));
        }
        catch (IllegalArgumentException e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_MALFORMED, "payload is not base64url: " + e.getMessage());
        }
        catch (StrictJson.DuplicateMember e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_DUPLICATE_MEMBER, "claims: " + e.getMessage());
        }
        catch (StrictJson.NotAnObject e) {
            throw new LtiLaunchError(ReasonCode.TOKEN_NOT_JSON, "payload is not a JSON object: " + e.getMessage());
        }
        try {
            return new ClaimReader(JWTClaimsSet.parse(members));
        }
        catch (ParseException e) {
            throw new LtiLaunchError(ReasonCode.CLAIM_MALFORMED, "a registered claim of the wrong type: " + e.getMessage());
        }
    }
}
