package dev.deliberate.lti.keys;

import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * One of the tool's RSA signing keys. The private half stays in this row (PKCS#8); only the
 * public JWK is ever published or returned.
 */
@Entity
@Table(name = "lti_tool_key")
class ToolKey {

    @Id
    private String kid;

    private String algorithm;
    private String publicJwk;
    private String privateKey;

    @Enumerated(EnumType.STRING)
    private ToolKeyStatus status;

    private Instant createdAt;
    private Instant activatedAt;
    private Instant retireAfter;

    protected ToolKey() {
    }

    ToolKey(RSAKey key, ToolKeyStatus status, Instant now) {
        try {
            this.kid = key.getKeyID();
            this.algorithm = key.getAlgorithm().getName();
            this.publicJwk = key.toPublicJWK().toJSONString();
            this.privateKey = Base64.getEncoder().encodeToString(key.toPrivateKey().getEncoded());
        }
        catch (JOSEException e) {
            throw new IllegalStateException("RSA key without a private part", e);
        }
        this.status = status;
        this.createdAt = now;
        if (status == ToolKeyStatus.ACTIVE) {
            this.activatedAt = now;
        }
    }

    void activate(Instant now) {
        status = ToolKeyStatus.ACTIVE;
        activatedAt = now;
        retireAfter = null;
    }

    void retire(Instant publishUntil) {
        status = ToolKeyStatus.RETIRING;
        retireAfter = publishUntil;
    }

    /** The full key pair, for signing. */
    RSAKey keyPair() {
        try {
            RSAKey pub = RSAKey.parse(publicJwk);
            byte[] pkcs8 = Base64.getDecoder().decode(privateKey);
            var spec = new java.security.spec.PKCS8EncodedKeySpec(pkcs8);
            var priv = java.security.KeyFactory.getInstance("RSA").generatePrivate(spec);
            return new RSAKey.Builder(pub).privateKey(priv).build();
        }
        catch (ParseException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Tool key " + kid + " cannot be read", e);
        }
    }

    ToolKeyInfo info() {
        return new ToolKeyInfo(kid, algorithm, status, createdAt, activatedAt, retireAfter);
    }

    String kid() {
        return kid;
    }

    ToolKeyStatus status() {
        return status;
    }

    Instant activatedAt() {
        return activatedAt;
    }

    Instant retireAfter() {
        return retireAfter;
    }

    String publicJwk() {
        return publicJwk;
    }
}
