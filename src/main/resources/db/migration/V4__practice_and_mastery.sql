-- The practice loop: one session per (member, assignment), the items served with what regenerates
-- them, every attempt with its diagnosis, and the learner's reflections.
CREATE TABLE practice_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    membership_id    BIGINT       NOT NULL,
    context_id       BIGINT       NOT NULL,
    link_id          BIGINT       NOT NULL,
    subject          VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    items_done       INT          NOT NULL DEFAULT 0,
    attempts         INT          NOT NULL DEFAULT 0,
    streak           INT          NOT NULL DEFAULT 0,
    best_streak      INT          NOT NULL DEFAULT 0,
    block_done       INT          NOT NULL DEFAULT 0,
    reflections      INT          NOT NULL DEFAULT 0,
    final_reflection_due BOOLEAN  NOT NULL DEFAULT FALSE,
    interests        VARCHAR(200) NOT NULL DEFAULT '',
    interests_chosen BOOLEAN      NOT NULL DEFAULT FALSE,
    current_item_id  BIGINT,
    learner_seed     BIGINT       NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    completed_at     DATETIME(6),
    CONSTRAINT uk_practice_session UNIQUE (membership_id, link_id)
);

CREATE TABLE practice_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT       NOT NULL,
    seq              INT          NOT NULL,
    skill            VARCHAR(40)  NOT NULL,
    difficulty       DOUBLE       NOT NULL,
    context          VARCHAR(20)  NOT NULL,
    wording          VARCHAR(100) NOT NULL,
    seed             BIGINT       NOT NULL,
    item_key         VARCHAR(400) NOT NULL,
    reason           VARCHAR(30)  NOT NULL,
    cause            VARCHAR(60),
    attempts         INT          NOT NULL DEFAULT 0,
    mistakes         INT          NOT NULL DEFAULT 0,
    hints            INT          NOT NULL DEFAULT 0,
    example_shown    BOOLEAN      NOT NULL DEFAULT FALSE,
    outcome          VARCHAR(20),
    served_at        DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6),
    CONSTRAINT fk_practice_item_session FOREIGN KEY (session_id) REFERENCES practice_session (id) ON DELETE CASCADE,
    CONSTRAINT uk_practice_item UNIQUE (session_id, seq)
);

CREATE TABLE practice_attempt (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT        NOT NULL,
    item_id          BIGINT        NOT NULL,
    answer           VARCHAR(200)  NOT NULL,
    work             VARCHAR(4000) NOT NULL,
    verdict          VARCHAR(12)   NOT NULL,
    line_no          INT,
    misconception    VARCHAR(40),
    assisted         BOOLEAN       NOT NULL,
    time_taken_ms    INT,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_practice_attempt_item FOREIGN KEY (item_id) REFERENCES practice_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_practice_attempt_session ON practice_attempt (session_id, id);

CREATE TABLE practice_reflection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT        NOT NULL,
    block_no         INT           NOT NULL,
    final_reflection BOOLEAN       NOT NULL,
    prompt           VARCHAR(60)   NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_practice_reflection_session FOREIGN KEY (session_id) REFERENCES practice_session (id) ON DELETE CASCADE,
    CONSTRAINT uk_practice_reflection UNIQUE (session_id, block_no)
);

-- The learner model: per member and skill, and item difficulty per skill and level.
CREATE TABLE mastery_skill (
    membership_id         BIGINT       NOT NULL,
    skill                 VARCHAR(40)  NOT NULL,
    knowledge             DOUBLE       NOT NULL,
    ability               DOUBLE       NOT NULL,
    attempts              INT          NOT NULL,
    consecutive_failures  INT          NOT NULL,
    review_step           INT,
    review_due            DATETIME(6),
    recent_misconceptions VARCHAR(500) NOT NULL,
    clean_streak          INT          NOT NULL,
    focus_code            VARCHAR(40)  NOT NULL,
    focus_remaining       INT          NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (membership_id, skill)
);

CREATE TABLE mastery_misconception (
    membership_id BIGINT      NOT NULL,
    skill         VARCHAR(40) NOT NULL,
    code          VARCHAR(40) NOT NULL,
    occurrences   INT         NOT NULL,
    last_seen_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (membership_id, skill, code)
);

CREATE TABLE mastery_item_rating (
    skill            VARCHAR(40) NOT NULL,
    difficulty_level INT         NOT NULL,
    difficulty       DOUBLE      NOT NULL,
    attempts         INT         NOT NULL,
    PRIMARY KEY (skill, difficulty_level)
);
