-- Courses as the app sees them: people, contexts, resource links (assignments), memberships.
CREATE TABLE app_secret (
    name         VARCHAR(64)  PRIMARY KEY,
    secret_value VARCHAR(512) NOT NULL,
    created_at   DATETIME(6) NOT NULL
);

CREATE TABLE course_person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    issuer      VARCHAR(255) NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    name        VARCHAR(255),
    given_name  VARCHAR(255),
    family_name VARCHAR(255),
    email       VARCHAR(320),
    locale      VARCHAR(35),
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_course_person UNIQUE (issuer, subject)
);

CREATE TABLE course_context (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform_id     BIGINT        NOT NULL,
    issuer          VARCHAR(255)  NOT NULL,
    deployment_id   VARCHAR(255)  NOT NULL,
    lms_context_id  VARCHAR(255)  NOT NULL,
    title           VARCHAR(255),
    label           VARCHAR(255),
    memberships_url VARCHAR(1024),
    lineitems_url   VARCHAR(1024),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_course_context UNIQUE (issuer, deployment_id, lms_context_id)
);

CREATE TABLE course_resource_link (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    context_id        BIGINT        NOT NULL,
    lms_link_id       VARCHAR(255)  NOT NULL,
    title             VARCHAR(255),
    lineitem_url      VARCHAR(1024),
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_course_link_context FOREIGN KEY (context_id) REFERENCES course_context (id) ON DELETE CASCADE,
    CONSTRAINT uk_course_link UNIQUE (context_id, lms_link_id)
);

CREATE TABLE course_membership (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    context_id     BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    role           VARCHAR(20)   NOT NULL,
    lms_roles      VARCHAR(2048),
    first_launch_at DATETIME(6),
    last_launch_at  DATETIME(6),
    launch_count   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_membership_context FOREIGN KEY (context_id) REFERENCES course_context (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_membership_person FOREIGN KEY (person_id) REFERENCES course_person (id) ON DELETE CASCADE,
    CONSTRAINT uk_course_membership UNIQUE (context_id, person_id)
);
