-- Stories a language model wrote and the math engine accepted (docs/llm.md): numbers and the
-- character are placeholders, so they name no person and no course. Served items name a story
-- by id in practice_item.wording, so a story is kept as long as the items that show it.
CREATE TABLE llm_story (
    id          VARCHAR(16)   NOT NULL PRIMARY KEY,
    template    VARCHAR(100)  NOT NULL,
    english     VARCHAR(1000) NOT NULL,
    spanish     VARCHAR(1000) NOT NULL,
    model       VARCHAR(100)  NOT NULL,
    prompt      VARCHAR(60)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL
);

CREATE INDEX ix_llm_story_template ON llm_story (template);

-- Tokens spent per course and UTC day: the daily budget of deliberate.llm.daily-tokens-per-course.
CREATE TABLE llm_usage (
    context_id  BIGINT  NOT NULL,
    usage_day   DATE    NOT NULL,
    tokens      BIGINT  NOT NULL,
    calls       INT     NOT NULL,
    PRIMARY KEY (context_id, usage_day)
);
