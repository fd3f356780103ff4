package dev.deliberate.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;
import dev.deliberate.testing.TestClock;

/**
 * The first signing key is stored whatever the unit of work that first needs it: a launch reads
 * the roster after its commit (where a joined write is never committed), and a Deep Linking
 * answer may roll back. A key that signed but was not stored leaves the JWKS at the next reload.
 */
@DataLayerTest
@OnH2
@EnableConfigurationProperties(LtiProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ToolKeyringOnH2Tests {

    @Autowired
    ToolKeys keys;

    @Autowired
    TestClock clock;

    @Autowired
    LtiProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    private ToolKeyring keyring;

    @BeforeEach
    void noKeyYet() {
        jdbc.sql("DELETE FROM lti_tool_key").update();
        keyring = new ToolKeyring(keys, new TransactionTemplate(transactionManager), clock, properties, 2048);
    }

    @Test
    void aKeyFirstNeededAfterACommitIsStoredAndPublished() {
        AtomicReference<String> signing = new AtomicReference<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            keys.count();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signing.set(keyring.signingKey().getKeyID());
                }
            });
        });

        assertThat(activeKids()).containsExactly(signing.get());
        assertThat(publishedAfterReload()).containsExactly(signing.get());
    }

    @Test
    void aKeyFirstNeededInAUnitOfWorkThatRollsBackIsStored() {
        AtomicReference<String> signing = new AtomicReference<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            signing.set(keyring.signingKey().getKeyID());
            tx.setRollbackOnly();
        });

        assertThat(activeKids()).containsExactly(signing.get());
        assertThat(publishedAfterReload()).containsExactly(signing.get());
    }

    @Test
    void aNextKeyPublishedBeforeTheFirstSigningKeyStaysPublished() {
        String next = keyring.prepareNext().kid();

        String signing = keyring.signingKey().getKeyID();

        assertThat(signing).isNotEqualTo(next);
        assertThat(keyring.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactlyInAnyOrder(signing, next);
        assertThat(publishedAfterReload()).containsExactlyInAnyOrder(signing, next);
    }

    private List<String> activeKids() {
        return jdbc.sql("SELECT kid FROM lti_tool_key WHERE status = 'ACTIVE'").query(String.class).list();
    }

    /** What another node, or this one after its minute, publishes: read from the database afresh. */
    private List<String> publishedAfterReload() {
        ToolKeyring other = new ToolKeyring(keys, new TransactionTemplate(transactionManager), clock, properties, 2048);
        return other.publicKeys().getKeys().stream().map(k -> k.getKeyID()).toList();
    }
}
