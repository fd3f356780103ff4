-- Retention (docs/privacy.md): answers older than deliberate.privacy.attempts-retention are purged,
-- with the problems left without answers and the estimates recorded after each answer. One node at
-- a time purges: each claims the period's run by moving started_at with a conditional UPDATE.
CREATE TABLE privacy_purge (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    started_at DATETIME(6) NULL,
    started_by VARCHAR(64) NULL
);
INSERT INTO privacy_purge (name, started_at, started_by) VALUES ('attempts', NULL, NULL);

-- The purge finds old rows by time.
CREATE INDEX ix_practice_attempt_created ON practice_attempt (created_at);
CREATE INDEX ix_practice_item_served ON practice_item (served_at);
CREATE INDEX ix_mastery_skill_history_recorded ON mastery_skill_history (recorded_at);
