package dev.deliberate.demoplatform;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import dev.deliberate.shared.DbTime;

/** The demo platform's own RSA key, generated once and kept so that restarts keep its kid. */
@Component
@Profile("demo")
public class DemoKeys {

    private final RSAKey key;

    DemoKeys(JdbcClient jdbc, Clock clock) {
        this.key = load(jdbc).orElseGet(() -> create(jdbc, clock));
    }

    /** The key pair the platform signs its id_tokens with. */
    public RSAKey signingKey() {
        return key;
    }

    /** The platform's JWKS: its public key with kid, alg and use. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    private static Optional<RSAKey> load(JdbcClient jdbc) {
        return jdbc.sql("SELECT public_jwk, private_key FROM demo_platform_key ORDER BY created_at DESC")
                .query((rs, i) -> read(rs.getString(1), rs.getString(2))).list().stream().findFirst();
    }

    private static RSAKey create(JdbcClient jdbc, Clock clock) {
        try {
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            jdbc.sql("INSERT INTO demo_platform_key (kid, public_jwk, private_key, created_at) VALUES (?, ?, ?, ?)")
                    .params(generated.getKeyID(), generated.toPublicJWK().toJSONString(),
                            Base64.getEncoder().encodeToString(generated.toPrivateKey().getEncoded()), DbTime.of(clock.instant()))
                    .update();
            return generated;
        }
        catch (DuplicateKeyException e) {
            return load(jdbc).orElseThrow();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the demo platform's key", e);
        }
    }

    private static RSAKey read(String publicJwk, String privateKey) {
        try {
            var priv = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            return new RSAKey.Builder(RSAKey.parse(publicJwk)).privateKey(priv).build();
        }
        catch (ParseException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The demo platform's stored key cannot be read", e);
        }
    }
}
