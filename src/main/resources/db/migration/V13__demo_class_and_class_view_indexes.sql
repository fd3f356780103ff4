-- The demo class's histories are produced once per database: this row says they were started
-- (by which node, when) and finished, so restarts and people's own practice are never overwritten.
CREATE TABLE demo_class_run (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL,
    outcome      VARCHAR(200) NULL
);

-- The class view and its "Stuck now" poll read one assignment's sessions (by link), each session's
-- answers for time on task and last answer (summed over every answer), and the answers of the last
-- 20 minutes. Without these they scanned every session of the installation and every answer of the
-- class on each view (ClassViewBenchmark, docs/benchmarks.md).
CREATE INDEX ix_practice_session_link ON practice_session (link_id, context_id);
CREATE INDEX ix_practice_attempt_session_time ON practice_attempt (session_id, created_at, time_taken_ms);
