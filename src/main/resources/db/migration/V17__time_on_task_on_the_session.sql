-- Time on task and the last answer, kept on the session as answers come in (PracticeSessions.update
-- adds each answer's time in the statement that already writes the session), so the class view reads
-- one row per student instead of summing every answer of the class on each view (issue 8,
-- docs/benchmarks.md). Each answer counts for at most ten minutes (ClassActivity.MAX_COUNTED_MS).
ALTER TABLE practice_session ADD COLUMN on_task_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE practice_session ADD COLUMN last_answer_at DATETIME(6) NULL;

UPDATE practice_session
SET on_task_ms = COALESCE((SELECT SUM(LEAST(COALESCE(a.time_taken_ms, 0), 600000)) FROM practice_attempt a
                           WHERE a.session_id = practice_session.id), 0),
    last_answer_at = (SELECT MAX(a.created_at) FROM practice_attempt a WHERE a.session_id = practice_session.id);
