-- Steering the class view (issue #8). practice_focus belongs to practice: what a teacher asked one
-- student to work on in one assignment, which the next-item policy honours; a focus given to a group
-- is stored for each of its members, with the group's key and name at that moment.
CREATE TABLE practice_focus (
    link_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    skills        VARCHAR(500) NOT NULL,
    band          VARCHAR(10),
    challenge     BOOLEAN      NOT NULL,
    group_key     VARCHAR(80),
    group_name    VARCHAR(200),
    set_at        DATETIME(6)  NOT NULL,
    set_by        BIGINT       NOT NULL,
    PRIMARY KEY (link_id, membership_id)
);

-- The teacher's own: a student moved into another group than the computed one, and a group renamed.
CREATE TABLE teacher_group_move (
    link_id       BIGINT      NOT NULL,
    membership_id BIGINT      NOT NULL,
    group_key     VARCHAR(80) NOT NULL,
    moved_at      DATETIME(6) NOT NULL,
    moved_by      BIGINT      NOT NULL,
    PRIMARY KEY (link_id, membership_id)
);

CREATE TABLE teacher_group_name (
    link_id   BIGINT       NOT NULL,
    group_key VARCHAR(80)  NOT NULL,
    name      VARCHAR(80)  NOT NULL,
    named_at  DATETIME(6)  NOT NULL,
    named_by  BIGINT       NOT NULL,
    PRIMARY KEY (link_id, group_key)
);
