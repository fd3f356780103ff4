-- Grade sync fixes: one sender at a time finds or creates an assignment's line item, and a score
-- given up on during an outage is sent again when the student's mastery changes.

-- The sender (any thread of any node) that is finding or creating the link's line item, until when:
-- the others wait for it instead of creating a gradebook column each.
ALTER TABLE course_resource_link ADD COLUMN lineitem_claimed_by VARCHAR(64);
ALTER TABLE course_resource_link ADD COLUMN lineitem_claimed_until DATETIME(6);

-- A FAILED row that failed because the platform stayed unreachable (transient failures, retried too
-- often), not because it refused the score: a new version of it is worth sending.
ALTER TABLE gradebook_sync ADD COLUMN gave_up BOOLEAN NOT NULL DEFAULT FALSE;
