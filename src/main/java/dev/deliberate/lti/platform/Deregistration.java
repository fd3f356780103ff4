package dev.deliberate.lti.platform;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.RegistrationData;
import dev.deliberate.lti.RegistrationData.Holdings;

/**
 * Ends a registration as the operator chose: deleted with everything the application keeps of it
 * (one transaction: all or nothing), or archived with its data kept where no launch reaches it.
 * Either way its pending logins and Deep Linking requests go, as nothing can complete them any more.
 */
@Component
class Deregistration {

    private static final Logger log = LoggerFactory.getLogger(Deregistration.class);

    private final PlatformRegistry registry;
    private final RegistrationData data;
    private final JdbcClient jdbc;

    Deregistration(PlatformRegistry registry, RegistrationData data, JdbcClient jdbc) {
        this.registry = registry;
        this.data = data;
        this.jdbc = jdbc;
    }

    /** What registration {@code id}, in use or archived, holds; empty when there is no such registration. */
    Optional<Holdings> holdings(long id) {
        boolean exists = registry.find(id).isPresent() || registry.findArchived(id).isPresent();
        return exists ? Optional.of(data.holdings(id)) : Optional.empty();
    }

    /** Deletes the registration only if it holds nothing; throws {@link HoldsData} otherwise. */
    Optional<Holdings> deleteIfEmpty(long id) {
        return delete(id, false);
    }

    /** Deletes the registration with all its data; empty when there is no such registration. */
    Optional<Holdings> deleteWithData(long id) {
        return delete(id, true);
    }

    /** Archives the registration, keeping its data; empty when there is no such registration. */
    Optional<ArchivedRegistration> archive(long id) {
        Optional<ArchivedRegistration> archived = registry.archive(id, this::forgetPendingMessages);
        archived.ifPresent(r -> log.info("Platform registration archived id={} iss={} client_id={} learners={}", id, r.issuer(),
                r.clientId(), data.holdings(id).learners()));
        return archived;
    }

    private Optional<Holdings> delete(long id, boolean withData) {
        AtomicReference<Holdings> deleted = new AtomicReference<>();
        String identity = identity(id);
        boolean found = registry.delete(id, registration -> {
            Holdings held = data.holdings(registration);
            if (!withData && !held.isEmpty()) {
                // checked in the deleting transaction, so a launch just before cannot slip its data through
                throw new HoldsData(registration, held);
            }
            deleted.set(withData ? data.delete(registration) : held);
            forgetPendingMessages(registration);
        });
        if (found) {
            log.info("Platform registration deleted id={} iss={} learners={} people={} courses={} assignments={}", id, identity,
                    deleted.get().learners(), deleted.get().people(), deleted.get().courses(), deleted.get().assignments());
        }
        return found ? Optional.of(deleted.get()) : Optional.empty();
    }

    /** Issuer and client_id, for the log. */
    private String identity(long id) {
        return registry.find(id).map(r -> r.issuer() + " client_id=" + r.clientId())
                .or(() -> registry.findArchived(id).map(r -> r.issuer() + " client_id=" + r.clientId())).orElse("unknown");
    }

    private void forgetPendingMessages(long registration) {
        jdbc.sql("DELETE FROM lti_login_state WHERE platform_id = ?").param(registration).update();
        jdbc.sql("DELETE FROM lti_deep_link_request WHERE platform_id = ?").param(registration).update();
    }

    /** A delete without a choice, of a registration that holds data. */
    static final class HoldsData extends RuntimeException {

        private final transient Holdings holdings;

        HoldsData(long id, Holdings holdings) {
            super("platform " + id + " holds data");
            this.holdings = holdings;
        }

        Holdings holdings() {
            return holdings;
        }
    }
}
