-- LTI Advantage: assignment settings chosen through Deep Linking, roster state from NRPS, and the
-- durable outbox of scores for AGS.
-- Dynamic registrations whose platform names the deployment only on the first launch (Canvas).
ALTER TABLE lti_platform ADD COLUMN adopts_deployments BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE course_context ADD COLUMN platform_family VARCHAR(40);
ALTER TABLE course_context ADD COLUMN roster_differences_url VARCHAR(1024);
ALTER TABLE course_context ADD COLUMN roster_synced_at DATETIME(6);

ALTER TABLE course_resource_link ADD COLUMN assignment_id BIGINT;
ALTER TABLE course_resource_link ADD COLUMN lineitem_maximum DOUBLE;

ALTER TABLE course_membership ADD COLUMN roster_status VARCHAR(20);

-- What a teacher chose when adding Deliberate to a course (Deep Linking); bound to the resource
-- link on its first launch through the custom parameter deliberate_assignment.
CREATE TABLE course_assignment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform_id         BIGINT        NOT NULL,
    deployment_id       VARCHAR(255)  NOT NULL,
    lms_context_id      VARCHAR(255),
    title               VARCHAR(255)  NOT NULL,
    subject             VARCHAR(20)   NOT NULL,
    skills              VARCHAR(1000) NOT NULL,
    target_score        DOUBLE        NOT NULL,
    minimum_items       INT           NOT NULL,
    contexts            VARCHAR(500)  NOT NULL,
    reflection_required BOOLEAN       NOT NULL,
    llm_enabled         BOOLEAN       NOT NULL,
    created_at          DATETIME(6)   NOT NULL
);

-- One row per (assignment, student): the latest score to deliver and how delivery goes. Changes
-- are coalesced here; a node claims a due row with a lease before it sends, so two nodes never send
-- the same row, and a node that dies mid-send leaves a row another node picks up.
CREATE TABLE gradebook_sync (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    link_id         BIGINT        NOT NULL,
    membership_id   BIGINT        NOT NULL,
    context_id      BIGINT        NOT NULL,
    score           DOUBLE        NOT NULL,
    completed       BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 1,
    sent_version    BIGINT        NOT NULL DEFAULT 0,
    status          VARCHAR(20)   NOT NULL,
    due_at          DATETIME(6)   NOT NULL,
    due_limit       DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(600),
    last_status     INT,
    last_sent_at    DATETIME(6),
    last_timestamp  DATETIME(6),
    sent_score      DOUBLE,
    stamp_version   BIGINT,
    stamp_timestamp DATETIME(6),
    claimed_by      VARCHAR(64),
    claimed_until   DATETIME(6),
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_gradebook_sync UNIQUE (link_id, membership_id)
);
CREATE INDEX ix_gradebook_sync_due ON gradebook_sync (status, due_at);

-- A Deep Linking request waiting for the teacher's choice: what the response must echo and where it
-- goes. Single use, expiring.
CREATE TABLE lti_deep_link_request (
    id             VARCHAR(64)   PRIMARY KEY,
    platform_id    BIGINT        NOT NULL,
    deployment_id  VARCHAR(255)  NOT NULL,
    lms_context_id VARCHAR(255),
    return_url     VARCHAR(1024) NOT NULL,
    data           VARCHAR(2048),
    accept_multiple BOOLEAN      NOT NULL,
    title          VARCHAR(255),
    created_at     DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    used_at        DATETIME(6)
);
