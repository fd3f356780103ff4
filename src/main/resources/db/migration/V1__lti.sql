-- LTI 1.3 protocol state: platform registrations, deployments, tool keys, login states.
CREATE TABLE lti_platform (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    issuer                 VARCHAR(255)  NOT NULL,
    client_id              VARCHAR(255)  NOT NULL,
    authorization_endpoint VARCHAR(1024) NOT NULL,
    token_endpoint         VARCHAR(1024) NOT NULL,
    jwks_uri               VARCHAR(1024) NOT NULL,
    token_audience         VARCHAR(1024),
    frame_origins          VARCHAR(2048),
    source                 VARCHAR(20)   NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_lti_platform UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform_id   BIGINT       NOT NULL,
    deployment_id VARCHAR(255) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_lti_deployment_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE,
    CONSTRAINT uk_lti_deployment UNIQUE (platform_id, deployment_id)
);

CREATE TABLE lti_tool_key (
    kid          VARCHAR(64)   PRIMARY KEY,
    algorithm    VARCHAR(10)   NOT NULL,
    public_jwk   VARCHAR(4000) NOT NULL,
    private_key  VARCHAR(4000) NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    activated_at DATETIME(6),
    retire_after DATETIME(6)
);

-- One row per OIDC login initiation; consumed once by the launch, deleted after expiry.
CREATE TABLE lti_login_state (
    state            VARCHAR(64)   PRIMARY KEY,
    nonce            VARCHAR(64)   NOT NULL,
    platform_id      BIGINT        NOT NULL,
    target_link_uri  VARCHAR(1024) NOT NULL,
    login_hint       VARCHAR(1024) NOT NULL,
    lti_message_hint VARCHAR(2048),
    deployment_hint  VARCHAR(255),
    storage_target   VARCHAR(100),
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    consumed_at      DATETIME(6),
    CONSTRAINT uk_lti_login_state_nonce UNIQUE (nonce)
);
CREATE INDEX ix_lti_login_state_expires ON lti_login_state (expires_at);
