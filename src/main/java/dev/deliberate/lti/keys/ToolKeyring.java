package dev.deliberate.lti.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import dev.deliberate.lti.LtiProperties;

/**
 * The tool's signing keys: generated the first time one is needed, kept in the database so every
 * node signs with the same key, rotated through the admin API. Nodes re-read the keys every minute,
 * so a rotation made on one node reaches the others before the retired key leaves the JWKS.
 */
@Component
public class ToolKeyring {

    private static final Logger log = LoggerFactory.getLogger(ToolKeyring.class);
    private static final Duration RELOAD_AFTER = Duration.ofSeconds(60);

    private final ToolKeys keys;
    private final TransactionTemplate transactions;
    /**
     * Every key write commits on its own: a key is often first needed deep inside another unit of
     * work (a launch's roster read runs after the launch's commit, a Deep Linking answer may roll
     * back), and a key that signed something but was never stored would leave the JWKS on the next
     * reload while the platform still holds tokens signed with it.
     */
    private final TransactionTemplate writes;
    private final Clock clock;
    private final Duration retention;
    private final int keySize;
    private volatile Snapshot snapshot;

    ToolKeyring(ToolKeys keys, TransactionTemplate transactions, Clock clock, LtiProperties properties,
            @Value("${deliberate.lti.key-size:2048}") int keySize) {
        if (keySize < 2048) {
            throw new IllegalStateException("deliberate.lti.key-size must be at least 2048 bits");
        }
        this.keys = keys;
        this.transactions = transactions;
        this.writes = new TransactionTemplate(transactions.getTransactionManager());
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retention = properties.keyRetention();
        this.keySize = keySize;
    }

    /** The key pair that signs the tool's JWTs now. */
    public RSAKey signingKey() {
        return current().signing();
    }

    /** The public keys platforms may see signatures from: next, active and retiring ones. */
    public JWKSet publicKeys() {
        return current().published();
    }

    public List<ToolKeyInfo> describe() {
        return transactions.execute(tx -> keys.findAllByOrderByCreatedAtAsc().stream().map(ToolKey::info).toList());
    }

    /** Publishes a next key ahead of a rotation, so platforms can cache it first. Idempotent. */
    public ToolKeyInfo prepareNext() {
        ToolKeyInfo next = writes.execute(tx -> keys.findAllByOrderByCreatedAtAsc().stream()
                .filter(k -> k.status() == ToolKeyStatus.NEXT).findFirst()
                .orElseGet(() -> keys.save(new ToolKey(generate(), ToolKeyStatus.NEXT, clock.instant())))
                .info());
        snapshot = null;
        log.info("Tool key {} published as next key", next.kid());
        return next;
    }

    /**
     * Signs with the next key from now on (creating one if none was prepared) and keeps the
     * previous key published for the configured retention.
     */
    public ToolKeyInfo rotate() {
        ToolKeyInfo active = writes.execute(tx -> {
            Instant now = clock.instant();
            List<ToolKey> all = keys.findAllByOrderByCreatedAtAsc();
            ToolKey next = all.stream().filter(k -> k.status() == ToolKeyStatus.NEXT).findFirst()
                    .orElseGet(() -> new ToolKey(generate(), ToolKeyStatus.NEXT, now));
            all.stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE).forEach(k -> k.retire(now.plus(retention)));
            next.activate(now);
            keys.saveAll(all);
            return keys.save(next).info();
        });
        snapshot = null;
        log.info("Tool keys rotated: {} signs now; previous keys stay published for {}", active.kid(), retention);
        return active;
    }

    /** Drops retired keys whose tokens can no longer be valid. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void dropExpired() {
        Instant now = clock.instant();
        Integer dropped = writes.execute(tx -> {
            List<ToolKey> expired = keys.findAllByOrderByCreatedAtAsc().stream()
                    .filter(k -> k.status() == ToolKeyStatus.RETIRING && k.retireAfter().isBefore(now)).toList();
            keys.deleteAll(expired);
            return expired.size();
        });
        if (dropped != null && dropped > 0) {
            snapshot = null;
            log.info("Dropped {} retired tool keys", dropped);
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(RELOAD_AFTER).isBefore(clock.instant())) {
            s = load();
        }
        return s;
    }

    private synchronized Snapshot load() {
        Snapshot s = snapshot;
        if (s != null && !s.loadedAt().plus(RELOAD_AFTER).isBefore(clock.instant())) {
            return s;
        }
        Instant now = clock.instant();
        List<ToolKey> all = transactions.execute(tx -> keys.findAllByOrderByCreatedAtAsc());
        if (all.stream().noneMatch(k -> k.status() == ToolKeyStatus.ACTIVE)) {
            all = writes.execute(tx -> {
                List<ToolKey> found = keys.findAllByOrderByCreatedAtAsc();
                if (found.stream().anyMatch(k -> k.status() == ToolKeyStatus.ACTIVE)) {
                    return found;
                }
                ToolKey first = keys.save(new ToolKey(generate(), ToolKeyStatus.ACTIVE, now));
                log.info("Generated the tool's first signing key {}", first.kid());
                return keys.findAllByOrderByCreatedAtAsc();
            });
        }
        ToolKey signing = all.stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE)
                .max(Comparator.comparing(ToolKey::activatedAt)).orElseThrow();
        List<JWK> published = all.stream()
                .filter(k -> k.status() != ToolKeyStatus.RETIRING || k.retireAfter().isAfter(now))
                .map(k -> parsePublic(k.publicJwk())).toList();
        s = new Snapshot(now, signing.keyPair(), new JWKSet(published));
        snapshot = s;
        return s;
    }

    private RSAKey generate() {
        try {
            return new RSAKeyGenerator(keySize)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static JWK parsePublic(String json) {
        try {
            return JWK.parse(json);
        }
        catch (java.text.ParseException e) {
            throw new IllegalStateException("Stored public key is not a JWK", e);
        }
    }

    private record Snapshot(Instant loadedAt, RSAKey signing, JWKSet published) {
    }

    /** The JWKS document as a map for JSON rendering; public members only. */
    public Map<String, Object> publicJwksJson() {
        return publicKeys().toJSONObject(true);
    }
}
