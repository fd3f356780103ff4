package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;


/** Registrations and deployments in the database, on H2 and on MariaDB. */
abstract class PlatformRegistryDatabaseTests {

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private final String issuer = "https://lms-" + UUID.randomUUID() + ".example.edu";

    private PlatformSettings settings(String clientId, List<String> deployments) {
        return new PlatformSettings(null, issuer, clientId, issuer + "/auth", issuer + "/token", issuer + "/jwks", null,
                List.of("https://*.example.edu"), deployments);
    }

    @Test
    void aRegistrationIsFoundByIdAndByIssuerAndClient() {
        Registration saved = registry.save(settings("client-a", List.of("d1", "d2")), PlatformSource.ADMIN_API);

        // MySQL Connector/J keeps only whole seconds on MariaDB 10.x (its 5.5.5- version prefix), so times are compared apart
        assertThat(registry.find(saved.id())).get().usingRecursiveComparison().ignoringFields("createdAt", "updatedAt")
                .isEqualTo(saved);
        assertThat(registry.find(issuer, "client-a").orElseThrow().id()).isEqualTo(saved.id());
        assertThat(registry.find(saved.id()).orElseThrow().createdAt()).isCloseTo(saved.createdAt(), within(1, ChronoUnit.SECONDS));
        assertThat(saved.name()).isEqualTo(issuer);
        assertThat(saved.deploymentIds()).containsExactly("d1", "d2");
        assertThat(saved.frameOrigins()).containsExactly("https://*.example.edu");
    }

    @Test
    void severalClientsShareOneIssuerAsSeparateRegistrations() {
        registry.save(settings("client-a", List.of("d1")), PlatformSource.ADMIN_API);
        registry.save(settings("client-b", List.of("d1")), PlatformSource.ADMIN_API);

        assertThat(registry.findByIssuer(issuer)).extracting(Registration::clientId).containsExactly("client-a", "client-b");
    }

    @Test
    void savingAgainAddsDeploymentsAndKeepsTheOldOnes() {
        registry.save(settings("client-a", List.of("d1")), PlatformSource.SEED_FILE);
        Registration again = registry.save(settings("client-a", List.of("d2")), PlatformSource.SEED_FILE);

        assertThat(again.deploymentIds()).containsExactly("d1", "d2");
        assertThat(registry.findByIssuer(issuer)).hasSize(1);
    }

    @Test
    void removingADeploymentAndDeletingARegistrationReachTheDatabase() {
        Registration saved = registry.save(settings("client-a", List.of("d1", "d2")), PlatformSource.ADMIN_API);

        assertThat(registry.removeDeployment(saved.id(), "d1")).isTrue();
        assertThat(registry.find(saved.id()).orElseThrow().deploymentIds()).containsExactly("d2");
        assertThat(registry.delete(saved.id(), id -> { })).isTrue();
        assertThat(registry.find(saved.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_deployment WHERE platform_id = ?").param(saved.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseItselfRefusesATwinRegistration() {
        registry.save(settings("client-a", List.of()), PlatformSource.ADMIN_API);

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO lti_platform (name, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, source,
                    created_at, updated_at) VALUES ('x', ?, 'client-a', 'a', 't', 'j', 'ADMIN_API', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .param(issuer).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void createRefusesAnExistingPair() {
        registry.save(settings("client-a", List.of()), PlatformSource.ADMIN_API);

        assertThat(registry.create(settings("client-a", List.of()), PlatformSource.ADMIN_API)).isEmpty();
    }
}
