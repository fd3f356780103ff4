-- The learner model after every graded attempt, for the teacher's mastery chart: one row per graded
-- attempt (skill, P(L), the shown P(L) that credit is read from, ability, when). Erased with the
-- member on CoursesDeleted (MasteryErasure).
CREATE TABLE mastery_skill_history (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    membership_id BIGINT      NOT NULL,
    skill         VARCHAR(40) NOT NULL,
    knowledge     DOUBLE      NOT NULL,
    shown_knowledge DOUBLE    NOT NULL,
    ability       DOUBLE      NOT NULL,
    recorded_at   DATETIME(6) NOT NULL
);
CREATE INDEX ix_mastery_skill_history_member ON mastery_skill_history (membership_id, recorded_at);
