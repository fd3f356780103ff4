-- The teacher's "helped" marks in the live "Stuck now" list: a student helped at or after the start
-- of their current stuck spell leaves the list until a new spell begins.
CREATE TABLE teacher_help (
    link_id       BIGINT      NOT NULL,
    membership_id BIGINT      NOT NULL,
    helped_at     DATETIME(6) NOT NULL,
    helped_by     BIGINT      NOT NULL,
    PRIMARY KEY (link_id, membership_id)
);
