-- The demo class's histories are produced once per database: this row says they were started
-- (by which node, when) and finished, so restarts and people's own practice are never overwritten.
CREATE TABLE demo_class_run (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL,
    outcome      VARCHAR(200) NULL
);
