package dev.deliberate.lti.platform;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One deployment of the tool on a platform, keyed by (issuer, client_id, deployment_id). */
@Entity
@Table(name = "lti_deployment")
class Deployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    private String deploymentId;

    private Instant createdAt;

    protected Deployment() {
    }

    Deployment(Platform platform, String deploymentId, Instant createdAt) {
        this.platform = platform;
        this.deploymentId = deploymentId;
        this.createdAt = createdAt;
    }

    String deploymentId() {
        return deploymentId;
    }
}
