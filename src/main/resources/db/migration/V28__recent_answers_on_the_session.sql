-- A session's latest answers (at most twelve: when, verdict, skill, misconception, item), kept on
-- the session in the statement that already writes it after each answer (practice.RecentAnswers),
-- so the teacher's "Stuck now" list reads one row per student instead of joining the class's
-- answers of the last twenty minutes on every view and every poll (issue 8, docs/benchmarks.md).
-- Sessions start empty: a student shows up in "Stuck now" from their next answers after the upgrade.
ALTER TABLE practice_session ADD COLUMN recent_answers VARCHAR(2000) NOT NULL DEFAULT '';
