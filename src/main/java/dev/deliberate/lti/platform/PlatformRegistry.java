package dev.deliberate.lti.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registered platforms and their deployments. Reads come from an in-memory snapshot that is
 * reloaded every {@code RELOAD_AFTER}, at once after a local change, and on a miss (at most once a
 * second) so that a registration made on another node is found quickly. Archived registrations are
 * not in it: to everything but the operator's list of them, they do not exist.
 */
@Component
public class PlatformRegistry {

    private static final Logger log = LoggerFactory.getLogger(PlatformRegistry.class);
    private static final Duration RELOAD_AFTER = Duration.ofSeconds(30);
    private static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final Platforms platforms;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PlatformSettingsCheck check;
    private volatile Snapshot snapshot;
    private volatile Instant lastMissReload = Instant.EPOCH;
    private final ReentrantLock reloading = new ReentrantLock();
    private final AtomicLong changes = new AtomicLong();

    PlatformRegistry(Platforms platforms, TransactionTemplate transactions, Clock clock,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean allowHttp) {
        this.platforms = platforms;
        this.transactions = transactions;
        this.clock = clock;
        this.check = new PlatformSettingsCheck(allowHttp);
    }

    public Optional<Registration> find(long id) {
        return lookup(s -> Optional.ofNullable(s.byId().get(id)));
    }

    public Optional<Registration> find(String issuer, String clientId) {
        return lookup(s -> Optional.ofNullable(s.byKey().get(key(issuer, clientId))));
    }

    /** Registrations of one issuer (several clients of a hosted Canvas share it). */
    public List<Registration> findByIssuer(String issuer) {
        List<Registration> found = current().all().stream().filter(r -> r.issuer().equals(issuer)).toList();
        if (found.isEmpty() && reloadOnMiss()) {
            found = current().all().stream().filter(r -> r.issuer().equals(issuer)).toList();
        }
        return found;
    }

    public List<Registration> all() {
        return current().all();
    }

    /** Problems that would stop these settings from being stored; empty when they are fine. */
    public List<String> problems(PlatformSettings settings) {
        return check.problems(settings);
    }

    /**
     * Creates the registration, or updates the one with the same (issuer, client_id) and adds
     * deployments it lacks. Returns the stored registration.
     */
    public Registration save(PlatformSettings settings, PlatformSource source) {
        requireValid(settings);
        try {
            return write(() -> upsert(settings, source));
        }
        catch (DataIntegrityViolationException raceWithAnotherNode) {
            return write(() -> upsert(settings, source));
        }
    }

    /** Creates a registration; empty when (issuer, client_id) is taken. */
    public Optional<Registration> create(PlatformSettings settings, PlatformSource source) {
        requireValid(settings);
        try {
            return Optional.ofNullable(write(() -> platforms.findByIssuerAndClientIdAndActiveTrue(settings.issuer(), settings.clientId())
                    .isPresent() ? null : upsert(settings, source)));
        }
        catch (DataIntegrityViolationException taken) {
            return Optional.empty();
        }
    }

    /** Replaces the settings of registration {@code id}; deployments are replaced when given. */
    public Optional<Registration> update(long id, PlatformSettings settings) {
        requireValid(settings);
        return Optional.ofNullable(write(() -> platforms.findWithDeploymentsById(id).filter(Platform::isActive).map(platform -> {
            if (!platform.issuer().equals(settings.issuer()) || !platform.clientId().equals(settings.clientId())) {
                throw new IllegalArgumentException("issuer and clientId identify a registration and cannot change");
            }
            Instant now = now();
            platform.describe(settings, now);
            if (!settings.deployments().isEmpty()) {
                platform.toRegistration().deploymentIds().stream()
                        .filter(d -> !settings.deployments().contains(d))
                        .forEach(d -> platform.removeDeployment(d, now));
                settings.deployments().forEach(d -> platform.addDeployment(d, now));
            }
            return platforms.save(platform).toRegistration();
        }).orElse(null)));
    }

    /**
     * Deletes registration {@code id}, in use or archived, with its deployments; {@code withIt}
     * deletes what else belongs to it, in the same transaction. False when there is no such registration.
     */
    public boolean delete(long id, LongConsumer withIt) {
        Boolean deleted = write(() -> platforms.findById(id).map(platform -> {
            withIt.accept(id);
            platforms.delete(platform);
            return true;
        }).orElse(false));
        return Boolean.TRUE.equals(deleted);
    }

    /**
     * Archives registration {@code id}: kept with its deployments, found by nothing but
     * {@link #archived}; {@code withIt} runs in the same transaction. Already archived ones stay as
     * they are. Empty when there is no such registration.
     */
    public Optional<ArchivedRegistration> archive(long id, LongConsumer withIt) {
        return Optional.ofNullable(write(() -> platforms.findById(id).map(platform -> {
            if (platform.isActive()) {
                withIt.accept(id);
                platform.archive(now());
            }
            return platforms.saveAndFlush(platform).toArchived();
        }).orElse(null)));
    }

    /** The archived registrations, the latest first (read from the database, not the snapshot). */
    public List<ArchivedRegistration> archived() {
        return transactions.execute(tx -> platforms.findAllByActiveIsNullOrderByArchivedAtDescIdDesc().stream()
                .map(Platform::toArchived).toList());
    }

    /** The archived registration {@code id}, if it is one. */
    public Optional<ArchivedRegistration> findArchived(long id) {
        return transactions.execute(tx -> platforms.findById(id).filter(p -> !p.isActive()).map(Platform::toArchived));
    }

    /** Adds a deployment; empty when the registration does not exist, unchanged when already there. */
    public Optional<Registration> addDeployment(long id, String deploymentId) {
        java.util.function.Supplier<Registration> change = () -> platforms.findWithDeploymentsById(id).filter(Platform::isActive)
                .map(platform -> {
                    platform.addDeployment(deploymentId, now());
                    return platforms.save(platform).toRegistration();
                }).orElse(null);
        // the first launches of an adopted deployment arrive together: those that lose the race (a
        // duplicate key, or a deadlock on MariaDB) find the deployment added when they try again
        for (int attempt = 1;; attempt++) {
            try {
                return Optional.ofNullable(write(change));
            }
            catch (DataIntegrityViolationException | ConcurrencyFailureException addedByAConcurrentLaunch) {
                if (attempt == 3) {
                    throw addedByAConcurrentLaunch;
                }
            }
        }
    }

    /** Removes a deployment; false when either the registration or the deployment is unknown. */
    public boolean removeDeployment(long id, String deploymentId) {
        Boolean removed = write(() -> platforms.findWithDeploymentsById(id).filter(Platform::isActive)
                .map(platform -> platform.removeDeployment(deploymentId, now()) && platforms.save(platform) != null)
                .orElse(false));
        return Boolean.TRUE.equals(removed);
    }

    /**
     * Stores what Dynamic Registration obtained, like {@link #save}; {@code adoptDeployments} when
     * the platform did not name the deployment, so its first signed launch adds it.
     */
    public Registration saveRegistered(PlatformSettings settings, boolean adoptDeployments) {
        requireValid(settings);
        java.util.function.Supplier<Registration> change = () -> {
            Registration saved = upsert(settings, PlatformSource.DYNAMIC_REGISTRATION);
            Platform platform = platforms.findWithDeploymentsById(saved.id()).orElseThrow();
            platform.adoptDeployments(adoptDeployments, now());
            return platforms.saveAndFlush(platform).toRegistration();
        };
        try {
            return write(change);
        }
        catch (DataIntegrityViolationException raceWithAnotherNode) {
            return write(change);
        }
    }

    private Registration upsert(PlatformSettings settings, PlatformSource source) {
        Instant now = now();
        Platform platform = platforms.findByIssuerAndClientIdAndActiveTrue(settings.issuer(), settings.clientId())
                .orElseGet(() -> new Platform(settings.issuer(), settings.clientId(), source, now));
        platform.describe(settings, now);
        settings.deployments().forEach(d -> platform.addDeployment(d, now));
        return platforms.saveAndFlush(platform).toRegistration();
    }

    private void requireValid(PlatformSettings settings) {
        List<String> problems = check.problems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private <T> T write(java.util.function.Supplier<T> change) {
        T result = transactions.execute(tx -> change.get());
        changes.incrementAndGet();
        snapshot = null;
        return result;
    }

    private <T> Optional<T> lookup(Function<Snapshot, Optional<T>> query) {
        Optional<T> found = query.apply(current());
        if (found.isEmpty() && reloadOnMiss()) {
            found = query.apply(current());
        }
        return found;
    }

    private boolean reloadOnMiss() {
        Instant now = now();
        if (Duration.between(lastMissReload, now).compareTo(MISS_RELOAD_INTERVAL) < 0) {
            return false;
        }
        lastMissReload = now;
        snapshot = null;
        return true;
    }

    /**
     * The snapshot to read. After a local change (no snapshot, or one read before the change) every
     * reader waits for the reload; a snapshot that has only grown old is reloaded by one reader while
     * the others go on with it, so a busy node does not stall every request each {@code RELOAD_AFTER}.
     */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.generation() != changes.get()) {
            reloading.lock();
        }
        else if (!isStale(s) || !reloading.tryLock()) {
            return s;
        }
        try {
            return load();
        }
        finally {
            reloading.unlock();
        }
    }

    private boolean isStale(Snapshot s) {
        return s.loadedAt().plus(RELOAD_AFTER).isBefore(clock.instant());
    }

    private Snapshot load() {
        Snapshot s = snapshot;
        if (s != null && s.generation() == changes.get() && !isStale(s)) {
            return s;
        }
        // a local change counted after this point makes the snapshot below unusable, however the
        // change's commit and this read interleave
        long generation = changes.get();
        List<Registration> all = transactions.execute(tx -> platforms.findAllByActiveTrueOrderByIssuerAscClientIdAsc()
                .stream().map(Platform::toRegistration)
                .sorted(Comparator.comparing(Registration::issuer).thenComparing(Registration::clientId)).toList());
        s = new Snapshot(clock.instant(), generation, all);
        snapshot = s;
        log.debug("Loaded {} platform registrations", all.size());
        return s;
    }

    /** Now, at the microsecond precision both databases store. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String key(String issuer, String clientId) {
        return issuer + '\n' + clientId;
    }

    private record Snapshot(Instant loadedAt, long generation, List<Registration> all, Map<Long, Registration> byId,
            Map<String, Registration> byKey) {

        Snapshot(Instant loadedAt, long generation, List<Registration> all) {
            this(loadedAt, generation, all,
                    all.stream().collect(Collectors.toUnmodifiableMap(Registration::id, Function.identity())),
                    all.stream().collect(Collectors.toUnmodifiableMap(r -> key(r.issuer(), r.clientId()), Function.identity())));
        }
    }
}
