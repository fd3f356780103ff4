-- The demo LMS as a whole LTI Advantage platform (only used under the demo profile): tool clients
-- registered dynamically, its access tokens, links and line items, scores, and roster changes.

-- Tool clients registered through LTI Dynamic Registration (the configured client lives in settings).
CREATE TABLE demo_tool_client (
    client_id          VARCHAR(64)   PRIMARY KEY,
    deployment_id      VARCHAR(64)   NOT NULL,
    client_name        VARCHAR(255)  NOT NULL,
    initiate_login_uri VARCHAR(1024) NOT NULL,
    redirect_uris      TEXT          NOT NULL,
    jwks_uri           VARCHAR(1024) NOT NULL,
    target_link_uri    VARCHAR(1024) NOT NULL,
    deep_linking_uri   VARCHAR(1024),
    scopes             VARCHAR(1000) NOT NULL,
    custom_parameters  TEXT,
    registration       TEXT          NOT NULL,
    created_at         DATETIME(6)   NOT NULL
);

-- Single-use tokens the demo hands to a tool for one dynamic registration.
CREATE TABLE demo_registration_token (
    token_hash CHAR(64)    PRIMARY KEY,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    client_id  VARCHAR(64)
);

-- Access tokens of the token endpoint, kept as SHA-256 hashes.
CREATE TABLE demo_access_token (
    token_hash CHAR(64)      PRIMARY KEY,
    client_id  VARCHAR(64)   NOT NULL,
    scopes     VARCHAR(1000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    expires_at DATETIME(6)   NOT NULL
);
CREATE INDEX ix_demo_access_token_expires ON demo_access_token (expires_at);

-- Values a client may use once (client assertion jti, deep linking response nonce), until they expire.
CREATE TABLE demo_used_value (
    value_hash CHAR(64)    PRIMARY KEY,
    purpose    VARCHAR(30) NOT NULL,
    expires_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_demo_used_value_expires ON demo_used_value (expires_at);

-- Gradebook columns of a course; each belongs to the tool client that created it.
CREATE TABLE demo_line_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id        VARCHAR(64)  NOT NULL,
    client_id        VARCHAR(64)  NOT NULL,
    label            VARCHAR(255) NOT NULL,
    score_maximum    DOUBLE       NOT NULL,
    resource_id      VARCHAR(255),
    resource_link_id VARCHAR(64),
    tag              VARCHAR(255),
    start_date_time  DATETIME(6),
    end_date_time    DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL
);
CREATE INDEX ix_demo_line_item_course ON demo_line_item (course_id, client_id);

-- The links (assignments) of a course, each launching one tool client.
CREATE TABLE demo_link (
    id                VARCHAR(64)   PRIMARY KEY,
    course_id         VARCHAR(64)   NOT NULL,
    client_id         VARCHAR(64)   NOT NULL,
    title             VARCHAR(255)  NOT NULL,
    url               VARCHAR(1024),
    custom_parameters TEXT,
    line_item_id      BIGINT,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_demo_link_line_item FOREIGN KEY (line_item_id) REFERENCES demo_line_item (id) ON DELETE SET NULL
);
CREATE INDEX ix_demo_link_course ON demo_link (course_id, created_at);

-- The current score of each learner on a line item: the one with the latest timestamp. Timestamps
-- that order scores are microseconds since the epoch: Connector/J drops the fractions of DATETIME(6)
-- on MariaDB, and two scores in one second must still keep their order.
CREATE TABLE demo_score (
    line_item_id      BIGINT        NOT NULL,
    user_id           VARCHAR(64)   NOT NULL,
    score_given       DOUBLE,
    score_maximum     DOUBLE,
    activity_progress VARCHAR(20)   NOT NULL,
    grading_progress  VARCHAR(20)   NOT NULL,
    comment           VARCHAR(4000),
    score_timestamp   BIGINT        NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (line_item_id, user_id),
    CONSTRAINT fk_demo_score_line_item FOREIGN KEY (line_item_id) REFERENCES demo_line_item (id) ON DELETE CASCADE
);

-- Every score the platform accepted, with whether it became the current one.
CREATE TABLE demo_score_history (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    line_item_id      BIGINT        NOT NULL,
    user_id           VARCHAR(64)   NOT NULL,
    score_given       DOUBLE,
    score_maximum     DOUBLE,
    activity_progress VARCHAR(20)   NOT NULL,
    grading_progress  VARCHAR(20)   NOT NULL,
    comment           VARCHAR(4000),
    score_timestamp   BIGINT        NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    applied           BOOLEAN       NOT NULL,
    CONSTRAINT fk_demo_score_history_line_item FOREIGN KEY (line_item_id) REFERENCES demo_line_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_demo_score_history_item ON demo_score_history (line_item_id, user_id);

-- Roster changes after the seeded start (e.g. a withdrawn student), for NRPS differences; changed_at
-- in microseconds since the epoch, like score timestamps, so "changed since" is exact.
CREATE TABLE demo_member_status (
    course_id  VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    status     VARCHAR(20) NOT NULL,
    changed_at BIGINT      NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
