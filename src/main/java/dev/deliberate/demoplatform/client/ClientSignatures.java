package dev.deliberate.demoplatform.client;

import java.text.ParseException;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies a JWT a tool client signed (a client assertion, a deep linking response) with the
 * client's published keys, before any of its claims are believed.
 */
@Component
@Profile("demo")
public class ClientSignatures {

    private static final int MAX_JWT_CHARS = 32 * 1024;
    // LTI Security Framework, message signing: asymmetric signatures only; never "none", never HMAC
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final ClientKeys keys;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    ClientSignatures(ClientKeys keys) {
        this.keys = keys;
    }

    /** The claims of a compact JWS, read without checking anything: only to learn who claims to have signed it. */
    public static JWTClaimsSet unverifiedClaims(String jwt) {
        try {
            return parse(jwt).getJWTClaimsSet();
        }
        catch (ParseException e) {
            throw new Refused("not a signed JWT with a JSON claims set");
        }
    }

    /** The claims of a JWT whose signature one of the client's keys verifies; {@link Refused} otherwise. */
    public JWTClaimsSet verify(ToolClient client, String jwt) {
        try {
            SignedJWT signed = parse(jwt);
            JWSAlgorithm alg = signed.getHeader().getAlgorithm();
            if (!ALLOWED.contains(alg)) {
                throw new Refused("algorithm " + alg + " is not allowed; sign with RS256");
            }
            String kid = signed.getHeader().getKeyID();
            if (kid == null || kid.isBlank()) {
                throw new Refused("the JWT header has no kid");
            }
            JWK key = keys.find(client, kid).orElseThrow(() -> new Refused("kid " + kid + " is not in the JWKS at "
                    + client.jwksUri()));
            if (!(key instanceof AsymmetricJWK asymmetric) || !signed.verify(verifier(signed, asymmetric))) {
                throw new Refused("the signature does not verify with the key " + kid);
            }
            return signed.getJWTClaimsSet();
        }
        catch (KeySourceException e) {
            throw new Refused("the JWKS at " + client.jwksUri() + " cannot be read: " + e.getMessage());
        }
        catch (ParseException e) {
            throw new Refused("not a signed JWT with a JSON claims set");
        }
        catch (JOSEException e) {
            throw new Refused("the key does not fit the algorithm: " + e.getMessage());
        }
    }

    private JWSVerifier verifier(SignedJWT signed, AsymmetricJWK key) throws JOSEException {
        return verifiers.createJWSVerifier(signed.getHeader(), key.toPublicKey());
    }

    private static SignedJWT parse(String jwt) throws ParseException {
        if (jwt == null || jwt.isBlank() || jwt.length() > MAX_JWT_CHARS) {
            throw new ParseException("missing or too large", 0);
        }
        return SignedJWT.parse(jwt.trim());
    }

    /** A JWT the platform does not accept as signed by the client, with the reason. */
    public static final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason);
        }
    }
}
