-- Assignment settings a teacher saved in Deliberate after Deep Linking, one row per resource link.
-- They win over the settings chosen in Deep Linking (course_assignment, which the link's custom
-- parameter names) from the moment they are saved; a link without a row keeps those.
CREATE TABLE course_link_settings (
    link_id             BIGINT        NOT NULL PRIMARY KEY,
    skills              VARCHAR(1000) NOT NULL,
    target_score        DOUBLE        NOT NULL,
    minimum_items       INT           NOT NULL,
    contexts            VARCHAR(500)  NOT NULL,
    reflection_required BOOLEAN       NOT NULL,
    updated_at          DATETIME(6)   NOT NULL
);
