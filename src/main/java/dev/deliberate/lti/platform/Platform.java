package dev.deliberate.lti.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A platform registration, keyed by (issuer, client_id) among those in use, with its deployments. An
 * archived registration keeps its row (and its id, which the application's data names) but is in
 * use no more.
 */
@Entity
@Table(name = "lti_platform")
class Platform {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String issuer;
    private String clientId;
    private String authorizationEndpoint;
    private String tokenEndpoint;
    private String jwksUri;
    private String tokenAudience;
    private String frameOrigins;
    private boolean adoptsDeployments;

    @Enumerated(EnumType.STRING)
    private PlatformSource source;

    private Instant createdAt;
    private Instant updatedAt;

    /** TRUE while in use, null once archived (so the unique key spans the registrations in use only). */
    private Boolean active;
    private Instant archivedAt;

    @OneToMany(mappedBy = "platform", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("deploymentId")
    private List<Deployment> deployments = new ArrayList<>();

    protected Platform() {
    }

    Platform(String issuer, String clientId, PlatformSource source, Instant now) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
        this.active = Boolean.TRUE;
    }

    void describe(PlatformSettings settings, Instant now) {
        this.name = settings.name();
        this.authorizationEndpoint = settings.authorizationEndpoint();
        this.tokenEndpoint = settings.tokenEndpoint();
        this.jwksUri = settings.jwksUri();
        this.tokenAudience = settings.tokenAudience();
        this.frameOrigins = String.join(" ", settings.frameOrigins());
        this.updatedAt = now;
    }

    /** Lets launches signed by this platform add deployments not known yet (set by Dynamic Registration). */
    void adoptDeployments(boolean adopt, Instant now) {
        if (adoptsDeployments != adopt) {
            adoptsDeployments = adopt;
            updatedAt = now;
        }
    }

    boolean addDeployment(String deploymentId, Instant now) {
        if (hasDeployment(deploymentId)) {
            return false;
        }
        deployments.add(new Deployment(this, deploymentId, now));
        updatedAt = now;
        return true;
    }

    boolean removeDeployment(String deploymentId, Instant now) {
        boolean removed = deployments.removeIf(d -> d.deploymentId().equals(deploymentId));
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    /** Takes the registration out of use for good; its row and deployments stay, as a record. */
    void archive(Instant now) {
        if (isActive()) {
            active = null;
            archivedAt = now;
            updatedAt = now;
        }
    }

    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    boolean hasDeployment(String deploymentId) {
        return deployments.stream().anyMatch(d -> d.deploymentId().equals(deploymentId));
    }

    Registration toRegistration() {
        List<String> origins = frameOrigins == null || frameOrigins.isBlank()
                ? List.of() : List.of(frameOrigins.trim().split("\\s+"));
        return new Registration(id, name, issuer, clientId, authorizationEndpoint, tokenEndpoint, jwksUri,
                tokenAudience, origins, deployments.stream().map(Deployment::deploymentId).toList(), adoptsDeployments,
                source, createdAt, updatedAt);
    }

    ArchivedRegistration toArchived() {
        return new ArchivedRegistration(id, name, issuer, clientId, source, createdAt, archivedAt);
    }

    Long id() {
        return id;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }
}
