-- Spaced repetition (FSRS-6) per learner, assignment and card (mastery.SpacedRepetition). A card key
-- names what is remembered, such as 'verb:aller|tense:passe_compose|person:3s'. One row per card with
-- its memory state and due time, and one row per review with the response time, so the learner can
-- see their speed improve. Erased with the member on CoursesDeleted (MasteryErasure).
CREATE TABLE mastery_card (
    membership_id  BIGINT       NOT NULL,
    link_id        BIGINT       NOT NULL,
    card_key       VARCHAR(160) NOT NULL,
    phase          VARCHAR(12)  NOT NULL,
    step           INT          NOT NULL,
    stability      DOUBLE       NOT NULL,
    difficulty     DOUBLE       NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    last_review_at DATETIME(6)  NOT NULL,
    scheduled_days INT          NOT NULL,
    reviews        INT          NOT NULL,
    lapses         INT          NOT NULL,
    PRIMARY KEY (membership_id, link_id, card_key)
);
CREATE INDEX ix_mastery_card_due ON mastery_card (membership_id, link_id, due_at);

CREATE TABLE mastery_card_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    membership_id    BIGINT       NOT NULL,
    link_id          BIGINT       NOT NULL,
    card_key         VARCHAR(160) NOT NULL,
    item_type        VARCHAR(12)  NOT NULL,
    rating           VARCHAR(6)   NOT NULL,
    correct          BOOLEAN      NOT NULL,
    automatic        BOOLEAN      NOT NULL,
    response_ms      BIGINT       NOT NULL,
    retention_before DOUBLE       NOT NULL,
    stability        DOUBLE       NOT NULL,
    difficulty       DOUBLE       NOT NULL,
    reviewed_at      DATETIME(6)  NOT NULL
);
CREATE INDEX ix_mastery_card_review_card ON mastery_card_review (membership_id, link_id, card_key, reviewed_at);
